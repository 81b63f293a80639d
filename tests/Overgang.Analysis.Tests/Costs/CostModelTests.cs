using System.Text;
using CsCheck;
using NodaTime;
using Overgang.Analysis.Costs;
using Overgang.Analysis.Reforms;
using Overgang.Analysis.Reports;
using Overgang.Analysis.Tests.Support;
using Overgang.Registry.Population;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;

namespace Overgang.Analysis.Tests.Costs;

public sealed class CostModelTests
{
    private static readonly Lazy<(SimulationResult Baseline, SimulationResult Counterfactual)> _runs = new(() =>
    {
        Assert.True(Microsimulation.TryRun(Populations.Small, ParameterTree.Default, Populations.Date, Populations.Horizon, null, out var baseline, out var missing), missing?.Message);
        Assert.True(Microsimulation.TryRun(Populations.Small, ParameterTree.Default, Populations.Date, Populations.Horizon, baseline, TransitionPath.AsylumProcedure, out var counterfactual, out missing), missing?.Message);
        return (baseline.Result, counterfactual.Result);
    });

    private static CostReport Costs(int draws = 200, int seed = CostModel.DefaultSeed) =>
        CostModel.Run(CostData.Default, [(CostScenarios.Baseline, _runs.Value.Baseline), (CostScenarios.Counterfactual, _runs.Value.Counterfactual)], draws, seed);

    [Fact]
    public void Counterfactual_EveryScenarioAndYear_TotalIsTheSumOfItsParts()
    {
        // Given the baseline and the counterfactual of the small population, November 2026 to March 2028
        var costs = Costs();

        // Then every total is the sum of its organisations, and every organisation the sum of its items
        Assert.Equal([2026, 2027, 2028], costs.Years.ToArray());
        foreach (var scenario in costs.Scenarios)
        {
            foreach (var year in costs.Years)
            {
                var total = costs.Of(scenario, "", year);
                var organisations = costs.Organisations.Where(l => l.Scenario == scenario && l.Year == year).ToList();
                var items = costs.Items.Where(l => l.Scenario == scenario && l.Year == year).ToList();
                Assert.Equal(CostOrganisations.All.Length, organisations.Count);
                Assert.Equal(CostData.Default.Items.Length, items.Count);
                Assert.Equal(total.Central, organisations.Sum(o => o.Cost.Central));
                Assert.Equal(total.Central, items.Sum(i => i.Cost.Central));
                Assert.Equal(total.Low, items.Sum(i => i.Cost.Low));
                Assert.Equal(total.High, items.Sum(i => i.Cost.High));
                foreach (var organisation in organisations)
                {
                    Assert.Equal(organisation.Cost.Central, items.Where(i => i.Organisation == organisation.Organisation).Sum(i => i.Cost.Central));
                }
            }
        }

        // And the counterfactual costs money in 2027
        Assert.True(costs.Of(CostScenarios.Counterfactual, "", 2027).Central > 0);
    }

    [Fact]
    public void Counterfactual_Coa_IsPersonYearsInAsylumReceptionTimesTheUnitCost()
    {
        // Given everyone on the asylum path when protection ends
        var counterfactual = _runs.Value.Counterfactual;
        var costs = Costs();
        var perYear = CostData.Default["coa-reception-person-year"].On(new LocalDate(2027, 1, 1))!.Value;

        // Then COA's cost in 2027 is the persons in asylum reception per month, in years, times the cost of a person-year
        var personMonths = counterfactual.Totals.Where(t => t.Month.Year == 2027).Sum(t => t.AsylumReception);
        Assert.True(personMonths > 0);
        Assert.Equal(Math.Round(personMonths / 12m * perYear, 2), costs.Of(CostScenarios.Counterfactual, CostOrganisations.Coa, 2027).Central);

        // And more people are in asylum reception than under current policy, and nobody gets a transition document
        Assert.True(personMonths > _runs.Value.Baseline.Totals.Where(t => t.Month.Year == 2027).Sum(t => t.AsylumReception));
        Assert.Equal(0, costs.Items.Single(i => i.Scenario == CostScenarios.Counterfactual && i.Year == 2027 && i.Item == "ind-decisions-transition-document").Cost.High);
        Assert.True(costs.Items.Single(i => i.Scenario == CostScenarios.Baseline && i.Year == 2027 && i.Item == "ind-decisions-transition-document").Cost.Central > 0);
        Assert.Equal(["asylum-procedure"], counterfactual.Paths.Select(p => p.Path));
        Assert.Equal(Populations.Small.TransitionFacts.Length, counterfactual.Paths.Sum(p => p.Persons));
    }

    [Fact]
    public void Counterfactual_BeforeProtectionEnds_CostsTheSameAsTheBaseline()
    {
        // Given the counterfactual changes only what follows after the last day of protection (4 March 2027)
        var baseline = _runs.Value.Baseline;
        var counterfactual = _runs.Value.Counterfactual;

        // Then the allowance of every month before March 2027 is the same
        foreach (var month in Populations.Horizon.Where(m => m < new YearMonth(2027, 3)))
        {
            Assert.Equal(baseline.Totals.Where(t => t.Month == month).Sum(t => t.Allowance.Cents), counterfactual.Totals.Where(t => t.Month == month).Sum(t => t.Allowance.Cents));
        }
    }

    [Fact]
    public void Bands_AnySeedAndDraws_AreOrdered()
    {
        Gen.Select(Gen.Int[1, 60], Gen.Int[0, int.MaxValue]).Sample((draws, seed) =>
        {
            var costs = Costs(draws, seed);
            foreach (var line in costs.Items.Concat(costs.Organisations).Concat(costs.Totals))
            {
                var c = line.Cost;
                Assert.True(c.Low <= c.Central && c.Central <= c.High, $"{line}: low, central, high out of order");
                Assert.True(c.Low <= c.P10 + 0.01m && c.P10 <= c.P50 && c.P50 <= c.P90 && c.P90 <= c.High + 0.01m, $"{line}: band out of order");
            }
        }, iter: 20);
    }

    [Fact]
    public void Draws_SameSeed_GiveTheSameBands_AnotherSeedOtherBands()
    {
        var first = Costs(seed: 7);
        var again = Costs(seed: 7);
        var other = Costs(seed: 8);
        Assert.Equal(first.Totals.ToArray(), again.Totals.ToArray());
        Assert.Equal(first.Items.ToArray(), again.Items.ToArray());
        Assert.NotEqual(first.Totals.Select(t => t.Cost.P50), other.Totals.Select(t => t.Cost.P50));
        Assert.Equal(first.Totals.Select(t => t.Cost.Central), other.Totals.Select(t => t.Cost.Central));
    }

    [Fact]
    public void ZeroPopulation_CostsNothing()
    {
        // Given nobody
        var index = PopulationIndex.Of(PopulationGenerator.Generate(10, PopulationGenerator.DefaultSeed) with { Households = 0, Persons = [], Parents = [], Protections = [], Placements = [], Absences = [], Incomes = [], ReturnCommitments = [], OtherPermits = [] });

        // When
        Assert.True(CostSimulation.TryRun(index, ParameterTree.Default, Populations.Date, Populations.Horizon, CostData.Default, 50, 1, out var costs, out var missing), missing?.Message);

        // Then every figure of every line is zero
        Assert.NotEmpty(costs.Items);
        Assert.All(costs.Items.Concat(costs.Organisations).Concat(costs.Totals), l => Assert.Equal(CostFigure.Zero, l.Cost));
    }

    [Fact]
    public void UnitCostValue_Quantiles_RunFromLowToHigh()
    {
        var value = new UnitCostValue(new LocalDate(2024, 1, 1), 61, 55, 75, "X", "r");
        Assert.Equal(55m, Math.Round(value.At(0), 6));
        Assert.Equal(75m, Math.Round(value.At(1), 6));
        Assert.Equal(61m, Math.Round(value.At(0.3), 6));
        Gen.Double[0, 1].Select(Gen.Double[0, 1]).Sample((a, b) => Assert.True(Math.Min(a, b) == a ? value.At(a) <= value.At(b) : value.At(b) <= value.At(a)));
        Assert.Equal(61m, new UnitCostValue(new LocalDate(2024, 1, 1), 61, null, null, "X", null).At(0.9));
    }

    [Fact]
    public void CostData_Shipped_EveryOwnAssumptionHasARangeAndARationale()
    {
        var data = CostData.Default;
        Assert.All(data.UnitCosts.SelectMany(u => u.Values).Where(v => v.SourceId == UnitCostValue.OwnAssumption), v => Assert.True(v.IsUncertain && v.Rationale is { Length: > 0 }));
        Assert.All(data.Items, i => Assert.Contains(i.Organisation, CostOrganisations.All));
        Assert.Equal(61m, data["municipal-reception-place-day"].On(new LocalDate(2027, 3, 1))!.Value);
        Assert.Equal(83m, data["municipal-reception-place-day"].On(new LocalDate(2023, 6, 1))!.Value);
    }

    [Theory]
    [InlineData("value: 1\n        source: OWN", "needs a rationale")]
    [InlineData("value: 1\n        source: OWN\n        rationale: 'x'", "needs a range")]
    [InlineData("value: 2\n        low: 3\n        high: 4\n        source: OWN\n        rationale: 'x'", "low <= value <= high")]
    [InlineData("value: 1\n        source: NOWHERE", "source 'NOWHERE'")]
    public void CostData_MalformedValue_IsRefusedNamingTheLine(string value, string problem)
    {
        var text = $"sources:\n  - id: OWN\n    cite: c\n    title: t\n    location: l\nunit-costs:\n  - id: u\n    unit: EUR\n    description: d\n    values:\n      - from: 2024-01-01\n        {value}\nitems: []\n";
        var error = Assert.Throws<ParameterFileException>(() => CostData.Parse("costs.yaml", text));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal(11, error.Line);
    }

    [Fact]
    public void CostTables_ThresholdReform_MatchTheApprovedText()
    {
        // Given a reform, priced with the baseline and the counterfactual
        Assert.True(CostSimulation.TryRun(Populations.Small, ParameterTree.Default, Populations.Reform("threshold-100.yaml"), Populations.Date, Populations.Horizon, "generated: 3000 persons, seed 2027", CostData.Default, 200, CostModel.DefaultSeed, out var report, out var missing), missing?.Message);

        // Then
        var text = new StringBuilder();
        foreach (var table in CostTables.All(report.Costs!, CostData.Default))
        {
            text.Append(table.ToText()).Append('\n');
        }

        Snapshot.Match(text.ToString(), "Costs", "threshold-100.txt");
        Assert.Equal(CostScenarios.Counterfactual, report.Costs!.Scenarios[^1]);
        Assert.Contains(ReformTables.All(report), t => t.Id == "costs-organisations");
    }
}
