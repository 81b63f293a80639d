namespace Overgang.Linkage.Scoring;

/// <summary>Where a pair's match probability falls among the thresholds of <see cref="LinkageParameters"/>.</summary>
public enum LinkBand
{
    /// <summary>Below the review threshold: not the same person.</summary>
    NonMatch,

    /// <summary>Possibly the same person: a person decides.</summary>
    Review,

    /// <summary>Almost certainly the same person: still decided by a person, never merged automatically.</summary>
    Match,
}
