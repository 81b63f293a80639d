using System.Collections.Immutable;

namespace Overgang.Analysis.Monitor;

/// <summary>A factor and its indicator scores.</summary>
/// <param name="Id">Stable id within its domain.</param>
/// <param name="Title">The factor as the report names it.</param>
/// <param name="Indicators">Its indicators.</param>
public sealed record ScoreFactor(string Id, string Title, ImmutableArray<IndicatorScore> Indicators)
{
    /// <summary>The indicators with a score.</summary>
    public int Scored => Indicators.Count(i => i.Score is not null);

    /// <summary>
    /// The unweighted mean of the scored indicators (an Overgang choice; the reports give no aggregation), or <c>null</c>
    /// when none is scored yet.
    /// </summary>
    public double? Mean => Scored == 0 ? null : Indicators.Where(i => i.Score is not null).Average(i => i.Score!.Value);

    /// <summary>The sum of the scored indicators.</summary>
    public int Sum => Indicators.Sum(i => i.Score ?? 0);
}
