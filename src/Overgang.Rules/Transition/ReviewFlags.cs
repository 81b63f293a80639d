namespace Overgang.Rules.Transition;

/// <summary>Reasons to review a decision by hand; the numeric order is the fixed output order.</summary>
[Flags]
#pragma warning disable CA1711 // "Flags" is the domain word used by the contract.
public enum ReviewFlags
#pragma warning restore CA1711
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>Undergoing medical treatment: may need a transitional stay (002:906-922).</summary>
    MedicalTreatment = 1,

    /// <summary>The household has a child of school age: the school year may be completed (002:924-934).</summary>
    SchoolAgeChild = 2,

    /// <summary>A minor without an adult in the household.</summary>
    UnaccompaniedMinor = 4,

    /// <summary>Registered for protection in another member state as well (002:210-218).</summary>
    MultipleRegistration = 8,

    /// <summary>Members of the household end up on different paths.</summary>
    SplitHousehold = 16,

    /// <summary>The decision depended on a provisional parameter value: not final.</summary>
    ProvisionalParameter = 32,
}
