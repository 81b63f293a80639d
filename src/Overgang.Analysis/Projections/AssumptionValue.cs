using NodaTime;

namespace Overgang.Analysis.Projections;

/// <summary>One dated value of a projection assumption: it applies from <see cref="From"/> until the next value's month.</summary>
/// <param name="From">First month the value applies.</param>
/// <param name="Value">The central value (for a date assumption: 0; see <see cref="Date"/>).</param>
/// <param name="Low">Lower bound of the triangular distribution, or <c>null</c> when the value is certain.</param>
/// <param name="High">Upper bound of the triangular distribution, or <c>null</c> when the value is certain.</param>
/// <param name="Date">The value of a date assumption.</param>
/// <param name="SourceId">The source of the value.</param>
/// <param name="Note">An optional remark.</param>
/// <param name="Known">
/// The month from which the value was known (its vintage): the month of the figures it is derived from, or
/// <see cref="From"/> when not given. A later-known value for the same month revises the earlier one; the back-test
/// uses only the values known at its start, so a revision calibrates the projection without leaking into the back-test.
/// </param>
public sealed record AssumptionValue(YearMonth From, double Value, double? Low, double? High, LocalDate? Date, string SourceId, string? Note, YearMonth Known)
{
    /// <summary>True when the value is drawn in each Monte Carlo draw.</summary>
    public bool IsUncertain => Low is not null && High is not null;
}
