namespace Overgang.Rules.ReceptionQuality;

/// <summary>A location's status against a set of criteria.</summary>
public enum QualityStatus
{
    /// <summary>Every criterion met.</summary>
    Meets,

    /// <summary>At least one criterion not met.</summary>
    DoesNotMeet,

    /// <summary>None not met, but at least one not (yet) assessed.</summary>
    NotFullyAssessed,
}
