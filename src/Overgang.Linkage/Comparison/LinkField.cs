namespace Overgang.Linkage.Comparison;

/// <summary>The fields linkage compares, in the order of a comparison vector.</summary>
public enum LinkField
{
    /// <summary>Family name.</summary>
    FamilyName,

    /// <summary>Given names.</summary>
    GivenName,

    /// <summary>Date of birth.</summary>
    BirthDate,

    /// <summary>Sex.</summary>
    Sex,

    /// <summary>Nationality.</summary>
    Nationality,

    /// <summary>Passport or identity-card number.</summary>
    DocumentNumber,
}

/// <summary>How a field of a pair compares, in plain terms.</summary>
public enum FieldOutcome
{
    /// <summary>One side lacks the field: it neither supports nor weakens the pair.</summary>
    Missing,

    /// <summary>The values differ.</summary>
    Disagree,

    /// <summary>The values are close but not equal (a spelling variant, a swapped day and month, one digit off, the year only).</summary>
    Partial,

    /// <summary>The values are equal (for names: equal after normalisation).</summary>
    Agree,
}

/// <summary>The levels of each field: level 0 is disagreement, the highest full agreement; <see cref="Missing"/> when a side lacks the field.</summary>
public static class FieldLevels
{
    /// <summary>The level of a missing field.</summary>
    public const sbyte Missing = -1;

    /// <summary>The number of fields.</summary>
    public const int Count = 6;

    /// <summary>
    /// Levels per field: family name 4, given name 5 (its level 2: equivalent forms in other languages, such as Mykola
    /// and Nikolai), birth date 5, the others 2.
    /// </summary>
    public static int LevelsOf(LinkField field) => field switch
    {
        LinkField.FamilyName => 4,
        LinkField.GivenName or LinkField.BirthDate => 5,
        _ => 2,
    };

    /// <summary>The plain outcome of a level.</summary>
    public static FieldOutcome Outcome(LinkField field, int level) =>
        level < 0 ? FieldOutcome.Missing
        : level == 0 ? FieldOutcome.Disagree
        : level == LevelsOf(field) - 1 ? FieldOutcome.Agree
        : FieldOutcome.Partial;

    /// <summary>An English label of a level, for reports and logs (the web page translates the outcome).</summary>
    public static string Label(LinkField field, int level, bool encoded) => (field, level) switch
    {
        (_, < 0) => "missing",
        (_, 0) => "different",
        (LinkField.GivenName, 4) => encoded ? "encodings equal" : "equal",
        (LinkField.GivenName, 3) => encoded ? "encodings very similar" : "same name, other transliteration",
        (LinkField.GivenName, 2) => encoded ? "equivalent names (encoded class)" : "equivalent name in another language",
        (LinkField.GivenName, 1) => encoded ? "encodings similar" : "similar spelling",
        (LinkField.FamilyName, 3) => encoded ? "encodings equal" : "equal",
        (LinkField.FamilyName, 2) => encoded ? "encodings very similar" : "same name, other transliteration",
        (LinkField.FamilyName, 1) => encoded ? "encodings similar" : "similar spelling",
        (LinkField.BirthDate, 4) => "equal",
        (LinkField.BirthDate, 3) => encoded ? "one digit off (encodings)" : "day and month swapped",
        (LinkField.BirthDate, 2) => encoded ? "day and month swapped (encodings)" : "one digit off",
        (LinkField.BirthDate, 1) => "same year",
        _ => "equal",
    };
}
