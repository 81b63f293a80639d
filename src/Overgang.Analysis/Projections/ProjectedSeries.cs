using System.Collections.Immutable;

namespace Overgang.Analysis.Projections;

/// <summary>A projected monthly series with its uncertainty band: the 10th, 50th and 90th percentile over the draws.</summary>
/// <param name="Id">Stable id, such as <c>population</c>.</param>
/// <param name="Title">What is counted.</param>
/// <param name="Organisation">Who carries the caseload (empty for population series).</param>
/// <param name="IsStock">True for a count at the end of the month (persons present); false for a flow during the month.</param>
/// <param name="P10">10th percentile per month.</param>
/// <param name="P50">Median per month.</param>
/// <param name="P90">90th percentile per month.</param>
public sealed record ProjectedSeries(string Id, string Title, string Organisation, bool IsStock, ImmutableArray<double> P10, ImmutableArray<double> P50, ImmutableArray<double> P90)
{
    /// <summary>For a flow: the medians of the months, summed (not the median of the total); for a stock: 0.</summary>
    public double TotalP50 => IsStock ? 0 : P50.Sum();
}
