namespace Overgang.Analysis.Costs;

/// <summary>A cost in euros: at the central unit costs, at all low and all high ones, and the 10th, 50th and 90th percentile of the Monte Carlo draws.</summary>
/// <param name="Central">At the central value of every unit cost; additive: a total is the sum of its parts.</param>
/// <param name="Low">At the low end of every range.</param>
/// <param name="High">At the high end of every range.</param>
/// <param name="P10">10th percentile of the draws.</param>
/// <param name="P50">Median of the draws.</param>
/// <param name="P90">90th percentile of the draws.</param>
public sealed record CostFigure(decimal Central, decimal Low, decimal High, decimal P10, decimal P50, decimal P90)
{
    /// <summary>No cost.</summary>
    public static CostFigure Zero { get; } = new(0, 0, 0, 0, 0, 0);
}
