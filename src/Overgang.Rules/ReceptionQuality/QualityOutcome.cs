using Overgang.Rules.Parameters;

namespace Overgang.Rules.ReceptionQuality;

/// <summary>What evaluating a location gave: its assessment, or a refusal naming the missing parameter.</summary>
public abstract record QualityOutcome
{
    private QualityOutcome()
    {
    }

    /// <summary>The assessment.</summary>
    /// <param name="Assessment">The assessment.</param>
    public sealed record Assessed(QualityAssessment Assessment) : QualityOutcome;

    /// <summary>A parameter the evaluation needs has no value on the day.</summary>
    /// <param name="Missing">The parameter.</param>
    public sealed record Refused(MissingParameter Missing) : QualityOutcome;
}
