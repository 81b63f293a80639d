using Overgang.Rules.Parameters;

namespace Overgang.Rules.ReceptionQuality;

/// <summary>What the target-group rule gave: the groups on the day, or a refusal naming the missing parameter.</summary>
public abstract record TargetGroupOutcome
{
    private TargetGroupOutcome()
    {
    }

    /// <summary>The groups.</summary>
    /// <param name="Groups">The groups on the day.</param>
    public sealed record Decided(TargetGroupsOnDay Groups) : TargetGroupOutcome;

    /// <summary>The first day of the flexible scheme is not known for the day.</summary>
    /// <param name="Missing">The parameter.</param>
    public sealed record Refused(MissingParameter Missing) : TargetGroupOutcome;
}
