using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Analysis.Costs;

/// <summary>A unit cost of the cost model: dated values, each sourced or the project's own assumption.</summary>
/// <param name="Id">The id, such as <c>coa-reception-person-year</c>.</param>
/// <param name="Unit">The unit, such as <c>EUR/person-year</c>.</param>
/// <param name="Description">What one unit is.</param>
/// <param name="Values">The values in date order; each applies from its day until the next one's.</param>
public sealed record UnitCost(string Id, string Unit, string Description, ImmutableArray<UnitCostValue> Values)
{
    /// <summary>The value that applies on a day, or <c>null</c> before the first one.</summary>
    public UnitCostValue? On(LocalDate day) => Values.LastOrDefault(v => v.From <= day);
}
