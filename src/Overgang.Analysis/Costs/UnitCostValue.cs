using NodaTime;

namespace Overgang.Analysis.Costs;

/// <summary>One dated value of a unit cost.</summary>
/// <param name="From">First day the value applies.</param>
/// <param name="Value">The central value.</param>
/// <param name="Low">Lower bound of the range, or <c>null</c> when the value is certain.</param>
/// <param name="High">Upper bound of the range, or <c>null</c> when the value is certain.</param>
/// <param name="SourceId">The source, or <c>OWN</c> for the project's own assumption.</param>
/// <param name="Rationale">Why the value (and its range) is what it is; required for an own assumption and for a range.</param>
public sealed record UnitCostValue(LocalDate From, decimal Value, decimal? Low, decimal? High, string SourceId, string? Rationale)
{
    /// <summary>The source id of the project's own assumptions.</summary>
    public const string OwnAssumption = "OWN";

    /// <summary>True when the value has a range that the Monte Carlo draws from.</summary>
    public bool IsUncertain => Low is not null && High is not null;

    /// <summary>The value at a quantile of the triangular distribution (low, value, high); the value itself when certain.</summary>
    public decimal At(double quantile)
    {
        if (Low is not { } low || High is not { } high || high == low)
        {
            return Value;
        }

        double a = (double)low, c = (double)Value, b = (double)high;
        var split = (c - a) / (b - a);
        var x = quantile < split ? a + Math.Sqrt(quantile * (b - a) * (c - a)) : b - Math.Sqrt((1 - quantile) * (b - a) * (b - c));
        return (decimal)x;
    }
}
