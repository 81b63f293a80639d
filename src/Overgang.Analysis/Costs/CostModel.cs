using System.Collections.Immutable;
using NodaTime;
using Overgang.Analysis.Reforms;
using Overgang.Rules.Transition;

namespace Overgang.Analysis.Costs;

/// <summary>
/// The cost model: counts per month what a simulation gives (the allowance, contribution and social assistance the
/// rules compute, reception place-days, hand-overs, persons in asylum reception, persons per path on the decision date),
/// multiplies each quantity with the unit costs of its items, and sums per item, organisation and calendar year.
/// </summary>
/// <remarks>
/// Every unit cost is read on the first day of the month it is used in (a decision on its decision date). The central
/// figure uses the central values; a total is the sum of its parts in whole cents. The bands come from
/// <see cref="DefaultDraws"/> Monte Carlo draws with a seed: each draw takes one quantile per unit cost (the same in every
/// scenario, month and year, so that differences between scenarios are not noise) and reads every dated value at that
/// quantile of its triangular distribution. Costs rise with every unit cost, so the all-low and all-high figures bound
/// every draw.
/// </remarks>
public static class CostModel
{
    /// <summary>Monte Carlo draws when none are given.</summary>
    public const int DefaultDraws = 1_000;

    /// <summary>The seed when none is given.</summary>
    public const int DefaultSeed = 2027;

    /// <summary>Counts the quantities of one simulation per month (and on the decision date's month for the paths).</summary>
    public static ImmutableDictionary<(YearMonth Month, string Quantity), decimal> Count(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var counts = new Dictionary<(YearMonth, string), decimal>();
        void Add(YearMonth month, string quantity, decimal value)
        {
            if (value != 0)
            {
                counts[(month, quantity)] = counts.GetValueOrDefault((month, quantity)) + value;
            }
        }

        foreach (var row in result.Totals)
        {
            Add(row.Month, CostQuantities.Allowance, row.Allowance.Cents / 100m);
            Add(row.Month, CostQuantities.Contribution, -row.Contribution.Cents / 100m);
            Add(row.Month, CostQuantities.SocialAssistance, row.SocialAssistance.Cents / 100m);
            Add(row.Month, CostQuantities.ReceptionPlaceDays, (decimal)row.ReceptionPlaces * CalendarSystem.Iso.GetDaysInMonth(row.Month.Year, row.Month.Month));
            Add(row.Month, CostQuantities.HandedOverHouseholds, row.HandedOver);
            Add(row.Month, CostQuantities.AsylumPersonYears, row.AsylumReception / 12m);
        }

        var decided = new YearMonth(result.Date.Year, result.Date.Month);
        foreach (var path in result.Paths)
        {
            var quantity = path.Path switch
            {
                var p when p == TransitionNames.Of(TransitionPath.TransitionDocument) => CostQuantities.PersonsTransitionDocument,
                var p when p == TransitionNames.Of(TransitionPath.ReturnProgramme) => CostQuantities.PersonsReturnProgramme,
                var p when p == TransitionNames.Of(TransitionPath.AsylumProcedure) => null,
                _ => CostQuantities.PersonsOther,
            };
            if (quantity is not null)
            {
                Add(decided, quantity, path.Persons);
            }
        }

        return counts.ToImmutableDictionary();
    }

    /// <summary>The costs of the scenarios (name and simulation, in order).</summary>
    public static CostReport Run(CostData data, IReadOnlyList<(string Scenario, SimulationResult Result)> scenarios, int draws = DefaultDraws, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentOutOfRangeException.ThrowIfLessThan(draws, 1);
        var counted = scenarios.Select(s => (s.Scenario, Counts: Count(s.Result))).ToList();
        var years = scenarios.SelectMany(s => s.Result.Months.Select(m => m.Year).Append(s.Result.Date.Year)).Distinct().Order().ToImmutableArray();
        var factorIndex = data.UnitCosts.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        // Every term: a quantity of one item in one month, with the dated values of its unit costs on that month's first day.
        var keys = new List<(string Scenario, int Year, string Organisation, string Item)>();
        var terms = new List<List<(decimal Quantity, (int Factor, UnitCostValue Value)[] Factors)>>();
        foreach (var (scenario, counts) in counted)
        {
            foreach (var year in years)
            {
                foreach (var organisation in CostOrganisations.All)
                {
                    foreach (var item in data.Items.Where(i => i.Organisation == organisation))
                    {
                        keys.Add((scenario, year, organisation, item.Id));
                        terms.Add([.. counts.Where(c => c.Key.Month.Year == year && c.Key.Quantity == item.Quantity).OrderBy(c => c.Key.Month)
                            .Select(c => (c.Value, item.Factors.Select(f => (factorIndex[f], Resolve(data[f], c.Key.Month))).ToArray()))]);
                    }
                }
            }
        }

        // Central, low and high per item line, in whole cents.
        var figures = terms.Select(t =>
        {
            decimal central = 0, low = 0, high = 0;
            foreach (var (quantity, factors) in t)
            {
                var atLow = quantity * factors.Aggregate(1m, (p, f) => p * (f.Value.Low ?? f.Value.Value));
                var atHigh = quantity * factors.Aggregate(1m, (p, f) => p * (f.Value.High ?? f.Value.Value));
                central += quantity * factors.Aggregate(1m, (p, f) => p * f.Value.Value);
                low += Math.Min(atLow, atHigh);
                high += Math.Max(atLow, atHigh);
            }

            return (Central: Cents(central), Low: Cents(low), High: Cents(high));
        }).ToArray();

        // The draws: one quantile per unit cost per draw, in file order.
        var random = new Random(seed);
        var drawn = new double[terms.Count][];
        for (var k = 0; k < terms.Count; k++)
        {
            drawn[k] = new double[draws];
        }

        var quantiles = new double[data.UnitCosts.Length];
        for (var d = 0; d < draws; d++)
        {
            for (var f = 0; f < quantiles.Length; f++)
            {
                quantiles[f] = random.NextDouble();
            }

            for (var k = 0; k < terms.Count; k++)
            {
                double sum = 0;
                foreach (var (quantity, factors) in terms[k])
                {
                    var product = (double)quantity;
                    foreach (var (factor, value) in factors)
                    {
                        product *= (double)value.At(quantiles[factor]);
                    }

                    sum += product;
                }

                drawn[k][d] = sum;
            }
        }

        CostFigure Figure((decimal Central, decimal Low, decimal High) exact, double[] samples)
        {
            var sorted = samples.Order().ToArray();
            decimal Percentile(double p) => Cents((decimal)sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)]);
            return new CostFigure(exact.Central, exact.Low, exact.High, Percentile(0.1), Percentile(0.5), Percentile(0.9));
        }

        var items = keys.Select((key, k) => new CostLine(key.Scenario, key.Organisation, key.Year, key.Item, Figure(figures[k], drawn[k]))).ToImmutableArray();
        CostFigure Sum(IReadOnlyList<int> parts)
        {
            var samples = new double[draws];
            foreach (var k in parts)
            {
                for (var d = 0; d < draws; d++)
                {
                    samples[d] += drawn[k][d];
                }
            }

            return Figure((parts.Sum(k => figures[k].Central), parts.Sum(k => figures[k].Low), parts.Sum(k => figures[k].High)), samples);
        }

        var organisations = keys.Select((key, k) => (key, k)).GroupBy(x => (x.key.Scenario, x.key.Year, x.key.Organisation))
            .Select(g => new CostLine(g.Key.Scenario, g.Key.Organisation, g.Key.Year, "", Sum([.. g.Select(x => x.k)]))).ToImmutableArray();
        var totals = keys.Select((key, k) => (key, k)).GroupBy(x => (x.key.Scenario, x.key.Year))
            .Select(g => new CostLine(g.Key.Scenario, "", g.Key.Year, "", Sum([.. g.Select(x => x.k)]))).ToImmutableArray();
        return new CostReport(draws, seed, [.. scenarios.Select(s => s.Scenario)], years, items, organisations, totals);
    }

    private static UnitCostValue Resolve(UnitCost cost, YearMonth month) =>
        cost.On(month.OnDayOfMonth(1)) ?? throw new InvalidOperationException($"unit cost {cost.Id} has no value on {month:yyyy-MM}-01 (its first value is from {cost.Values[0].From:yyyy-MM-dd})");

    private static decimal Cents(decimal euros) => Math.Round(euros, 2, MidpointRounding.AwayFromZero);
}
