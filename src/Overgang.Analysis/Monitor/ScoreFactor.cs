using System.Collections.Immutable;

namespace Overgang.Analysis.Monitor;

/// <summary>A factor and its indicator scores.</summary>
/// <param name="Id">Stable id within its domain.</param>
/// <param name="Title">The factor as the report names it.</param>
/// <param name="Indicators">Its indicators.</param>
public sealed record ScoreFactor(string Id, string Title, ImmutableArray<IndicatorScore> Indicators)
{
    /// <summary>The unweighted mean of the indicator scores (an Overgang choice; the reports give no aggregation).</summary>
    public double Mean => Indicators.Average(i => i.Score);
}
