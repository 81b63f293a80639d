namespace Overgang.Linkage.Comparison;

/// <summary>The slots of a record's blocking keys.</summary>
/// <remarks>
/// EM is trained per blocking rule on the fields the rule does not block on (as Splink does; see
/// <c>Linker.Train</c>). Trained on the linkage's own blocked pairs, which agree on names far more often than random pairs, EM takes
/// every same-named pair for a match.
/// </remarks>
public static class BlockingSlots
{
    /// <summary>The birth date, day and month in either order: pairs that train every field but the birth date.</summary>
    public const int TrainingByDate = 0;

    /// <summary>Family and given keys: pairs that train the birth date.</summary>
    public const int TrainingByName = 1;

    /// <summary>Family key and birth date (a linkage key): pairs that train the given name, sex, nationality and document number.</summary>
    public const int FamilyDate = 3;

    /// <summary>Given key and birth date (a linkage key): pairs that train the family name.</summary>
    public const int GivenDate = 5;

    /// <summary>The first slot of the linkage keys; the slots from here to <see cref="LastLinkage"/> select the pairs compared.</summary>
    public const int FirstLinkage = 2;

    /// <summary>The last slot of the linkage keys.</summary>
    public const int LastLinkage = 5;

    /// <summary>
    /// The given name's equivalence class alone (a keyed hash in encoded mode): compared, never blocked on. Encodings
    /// made before it was added (six keys) lack it; their given names then never reach the equivalent-form level.
    /// </summary>
    public const int GivenClass = 6;
}
