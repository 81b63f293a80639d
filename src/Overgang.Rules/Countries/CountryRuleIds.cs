namespace Overgang.Rules.Countries;

/// <summary>Rule ids of the check of national options against a person's facts (issue 17).</summary>
public static class CountryRuleIds
{
    /// <summary>A national option of another member state checked against the person's registrations on a date.</summary>
    public const string OptionCheck = "country.option-check";
}
