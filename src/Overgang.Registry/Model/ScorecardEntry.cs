using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>
/// One entered or amended indicator score of a monitor scorecard period (issue 16): append-only, one row per version, so the
/// history of every score stays readable and an amendment never overwrites what was there.
/// </summary>
public sealed class ScorecardEntry
{
    /// <summary>Row id (in order of entry).</summary>
    public long Id { get; set; }

    /// <summary>The scorecard period, such as <c>2025-06</c>.</summary>
    public required string Period { get; set; }

    /// <summary>The domain id within the period.</summary>
    public required string Domain { get; set; }

    /// <summary>The factor id within the domain.</summary>
    public required string Factor { get; set; }

    /// <summary>The indicator id within the factor.</summary>
    public required string Indicator { get; set; }

    /// <summary>1 for the first entry of this indicator, then one more per amendment.</summary>
    public int Version { get; set; }

    /// <summary>The score, within the framework's scale.</summary>
    public int Score { get; set; }

    /// <summary>The score before this entry (the shipped one, or the previous version), or <c>null</c> when there was none.</summary>
    public int? PreviousScore { get; set; }

    /// <summary>Where the score comes from and why it is what it is.</summary>
    public required string Justification { get; set; }

    /// <summary>Why it was entered or amended.</summary>
    public required string Reason { get; set; }

    /// <summary>Who entered it (the account, or the command line's actor).</summary>
    public required string Actor { get; set; }

    /// <summary>When.</summary>
    public Instant At { get; set; }
}
