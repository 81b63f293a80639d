using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Overgang.Registry.Population;

namespace Overgang.Analysis.Projections;

/// <summary>
/// Projects a scenario month by month with Monte Carlo draws over the uncertain assumptions. Deterministic: one
/// <see cref="Random"/> with the given seed draws every value in a fixed order.
/// </summary>
public static class Projection
{
    /// <summary>The default number of draws.</summary>
    public const int DefaultDraws = 1_000;

    /// <summary>The default seed.</summary>
    public const int DefaultSeed = 2027;

    private static readonly (string Id, string Title, string Organisation, bool IsStock, Func<ProjectionDraw, double[]> Of)[] _series =
    [
        ("population", "Persons present (end of month)", "", true, d => d.End),
        ("arrivals", "Arrivals per month", "", false, d => d.Arrivals),
        ("departures", "Departures per month", "", false, d => d.Departures),
        ("reception", "Persons in municipal reception (end of month)", "municipalities", true, d => d.Reception),
        ("ind-documents", "Transition documents issued per month", "IND", false, d => d.Documents),
        ("social-assistance", "Social-assistance applications per month", "municipalities", false, d => d.SocialAssistance),
        ("health-insurance", "Health-insurance enrolments per month", "health insurers", false, d => d.HealthInsurance),
        ("return-participants", "Return-programme participants still in the Netherlands (end of month)", "COA / return programme", true, d => d.ReturnParticipants),
        ("asylum-applications", "Asylum applications per month (no document, or arrived after the end)", "IND", false, d => d.AsylumApplications),
        ("transitional-stays", "Persons on a transitional stay, keeping their reception (end of month)", "IND / municipalities", true, d => d.TransitionalStays),
    ];

    /// <summary>The ids of the projected series, in order.</summary>
    public static ImmutableArray<string> SeriesIds { get; } = [.. _series.Select(s => s.Id)];

    /// <summary>Finds a scenario by id.</summary>
    public static bool TryFind(ProjectionData data, string id, [NotNullWhen(true)] out ProjectionScenario? scenario)
    {
        ArgumentNullException.ThrowIfNull(data);
        scenario = data.Scenarios.FirstOrDefault(s => s.Id == id);
        return scenario is not null;
    }

    /// <summary>Runs a scenario.</summary>
    /// <param name="data">The assumptions.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="draws">Monte Carlo draws (at least 1).</param>
    /// <param name="seed">The seed.</param>
    /// <param name="knownAt">For a back-test: only assumption values that apply from and were known on or before this month are used.</param>
    public static ProjectionResult Run(ProjectionData data, ProjectionScenario scenario, int draws = DefaultDraws, int seed = DefaultSeed, NodaTime.YearMonth? knownAt = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfLessThan(draws, 1);
        var assumptions = data.For(scenario);
        if (knownAt is { } known)
        {
            assumptions = assumptions.ToImmutableDictionary(a => a.Key, a => a.Value with { Values = [.. a.Value.Values.Where(v => v.From <= known && v.Known <= known)] }, StringComparer.Ordinal);
        }

        var months = data.Months;
        var model = new ProjectionModel(months, assumptions);
        var random = new Random(seed);
        var runs = new ProjectionDraw[draws];
        for (var i = 0; i < draws; i++)
        {
            runs[i] = model.Run(model.Draw(random));
        }

        var series = _series.Select(s => Band(s.Id, s.Title, s.Organisation, s.IsStock, runs.Select(s.Of).ToArray(), months.Length)).ToImmutableArray();
        var total = series.Single(s => s.Id == "social-assistance").TotalP50;
        var byMunicipality = MunicipalityCatalogue.All.Select(m => (m.Code, m.Name, Applications: total * m.Weight))
            .OrderByDescending(m => m.Applications).ThenBy(m => m.Code, StringComparer.Ordinal).ToImmutableArray();
        return new ProjectionResult(scenario, months, draws, seed, series, byMunicipality, [.. assumptions.Values.OrderBy(a => a.Id, StringComparer.Ordinal)]);
    }

    /// <summary>Runs one draw with every assumption at its central value (for tests and the conservation check).</summary>
    internal static ProjectionDraw Central(ProjectionData data, ProjectionScenario scenario) =>
        new ProjectionModel(data.Months, data.For(scenario)).Run(ProjectionModel.Central);

    /// <summary>Runs the given number of draws and returns them (for tests).</summary>
    internal static IReadOnlyList<ProjectionDraw> Draws(ProjectionData data, ProjectionScenario scenario, int draws, int seed)
    {
        var model = new ProjectionModel(data.Months, data.For(scenario));
        var random = new Random(seed);
        return [.. Enumerable.Range(0, draws).Select(_ => model.Run(model.Draw(random)))];
    }

    private static ProjectedSeries Band(string id, string title, string organisation, bool isStock, double[][] values, int months)
    {
        var p10 = new double[months];
        var p50 = new double[months];
        var p90 = new double[months];
        var column = new double[values.Length];
        for (var t = 0; t < months; t++)
        {
            for (var d = 0; d < values.Length; d++)
            {
                column[d] = values[d][t];
            }

            Array.Sort(column);
            p10[t] = Percentile(column, 10);
            p50[t] = Percentile(column, 50);
            p90[t] = Percentile(column, 90);
        }

        return new ProjectedSeries(id, title, organisation, isStock, [.. p10], [.. p50], [.. p90]);
    }

    private static double Percentile(double[] sorted, int percent) => sorted[Math.Max(0, (int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1)];
}
