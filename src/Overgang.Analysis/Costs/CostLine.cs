namespace Overgang.Analysis.Costs;

/// <summary>A cost of one scenario in one calendar year: of one item, of one organisation (<see cref="Item"/> empty), or of all (both empty).</summary>
/// <param name="Scenario">The scenario (<see cref="CostScenarios"/>).</param>
/// <param name="Organisation">The organisation, or empty for the total of all.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Item">The cost item, or empty for an organisation's total.</param>
/// <param name="Cost">The cost in euros.</param>
public sealed record CostLine(string Scenario, string Organisation, int Year, string Item, CostFigure Cost);
