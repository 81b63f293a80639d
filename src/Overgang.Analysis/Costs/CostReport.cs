using System.Collections.Immutable;

namespace Overgang.Analysis.Costs;

/// <summary>The costs of the scenarios per organisation, item and calendar year, with uncertainty bands.</summary>
/// <param name="Draws">Monte Carlo draws over the ranges of the unit costs.</param>
/// <param name="Seed">Seed of the draws: the same seed gives the same bands.</param>
/// <param name="Scenarios">The scenarios, in order.</param>
/// <param name="Years">The calendar years, in order.</param>
/// <param name="Items">Per scenario, year, organisation and item; every combination, in that order.</param>
/// <param name="Organisations">Per scenario, year and organisation: the sum of its items.</param>
/// <param name="Totals">Per scenario and year: the sum of the organisations.</param>
public sealed record CostReport(
    int Draws,
    int Seed,
    ImmutableArray<string> Scenarios,
    ImmutableArray<int> Years,
    ImmutableArray<CostLine> Items,
    ImmutableArray<CostLine> Organisations,
    ImmutableArray<CostLine> Totals)
{
    /// <summary>The cost of one organisation (or all, with an empty organisation) of a scenario in a year.</summary>
    public CostFigure Of(string scenario, string organisation, int year) =>
        (organisation.Length == 0 ? Totals : Organisations).FirstOrDefault(l => l.Scenario == scenario && l.Organisation == organisation && l.Year == year)?.Cost ?? CostFigure.Zero;
}
