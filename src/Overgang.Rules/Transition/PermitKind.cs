namespace Overgang.Rules.Transition;

/// <summary>The kind of regular residence permit that takes a person out of the protection population.</summary>
public enum PermitKind
{
    /// <summary>Work: highly skilled migrant, EU Blue Card, single permit.</summary>
    Work,

    /// <summary>Study.</summary>
    Study,

    /// <summary>Family.</summary>
    Family,

    /// <summary>Research.</summary>
    Research,
}
