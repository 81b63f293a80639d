using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Overgang.Analysis.Costs;
using Overgang.Analysis.Reports;
using Overgang.Letters;
using Overgang.Web.Languages;

namespace Overgang.Web.Analysts.Costs;

/// <summary>
/// The costs page in the page's language: current policy against the counterfactual without a transition document,
/// per organisation and year, as a chart with the 10-90 bands and its table, and the unit costs with their sources.
/// The numbers are those of <c>overgang simulate</c>'s cost tables (<see cref="CostTables"/>), only written in the page's language.
/// </summary>
internal sealed record CostPage(AnalystChart Chart, AnalystTable Organisations, AnalystTable UnitCosts, string Period, int Draws, int Seed)
{
    public static CostPage Build(CostRun run, LetterLanguage l)
    {
        ArgumentNullException.ThrowIfNull(run);
        var costs = run.Costs;
        var period = l.T(
            $"Bevolking van het register ({Numbers.Count(run.Persons, l)} personen), besluiten op {l.Date(run.Date)}, {AnalystTexts.Month(run.From, l)} tot en met {AnalystTexts.Month(run.To, l)}.",
            $"Населення реєстру ({Numbers.Count(run.Persons, l)} осіб), рішення на {l.Date(run.Date)}, з {AnalystTexts.Month(run.From, l)} по {AnalystTexts.Month(run.To, l)}.",
            $"The registry's population ({Numbers.Count(run.Persons, l)} persons), decisions on {l.Date(run.Date)}, {AnalystTexts.Month(run.From, l)} to {AnalystTexts.Month(run.To, l)}.");
        return new CostPage(YearChart(costs, l), OrganisationTable(costs, l), UnitCostTable(l), period, costs.Draws, costs.Seed);
    }

    /// <summary>The key of a cell: scenario, organisation (or <c>all</c>) and year, as <c>data-key</c> of its row.</summary>
    public static string Key(int year, string organisation) =>
        year.ToString(CultureInfo.InvariantCulture) + "/" + (organisation.Length == 0 ? "all" : organisation);

    private static AnalystChart YearChart(CostReport costs, LetterLanguage l)
    {
        var dates = costs.Years.Select(y => new LocalDate(y, 7, 1)).ToImmutableArray();
        ImmutableArray<double> Millions(string scenario, Func<CostFigure, decimal> pick) =>
            [.. costs.Years.Select(y => (double)(pick(costs.Of(scenario, "", y)) / 1_000_000m))];
        var series = new List<TimeSeries>();
        foreach (var scenario in costs.Scenarios)
        {
            var name = CostTexts.Scenario(scenario, l);
            series.Add(new(name + l.T(": band 10e tot 90e percentiel", ": діапазон від 10-го до 90-го процентиля", ": band 10th to 90th percentile"), TimeMark.Band, dates, Millions(scenario, f => f.P10), Millions(scenario, f => f.P90)));
            series.Add(new(name + l.T(": centrale waarde", ": центральне значення", ": central value"), TimeMark.Line, dates, Millions(scenario, f => f.Central), []));
        }

        var svg = TimeCharts.Svg(series, l.T("miljoen euro per jaar", "мільйонів євро на рік", "million euros a year"), v => AnalystTexts.Decimal(v, 1, l));
        var alternative = string.Join(" ", costs.Years.Select(year => l.T(
            $"{year}: " + string.Join("; ", costs.Scenarios.Select(s => $"{CostTexts.Scenario(s, l).ToLowerInvariant()} {Euros(costs.Of(s, "", year).Central, l)} (band {Euros(costs.Of(s, "", year).P10, l)} tot {Euros(costs.Of(s, "", year).P90, l)})")) + ".",
            $"{year}: " + string.Join("; ", costs.Scenarios.Select(s => $"{CostTexts.Scenario(s, l).ToLowerInvariant()} {Euros(costs.Of(s, "", year).Central, l)} (діапазон від {Euros(costs.Of(s, "", year).P10, l)} до {Euros(costs.Of(s, "", year).P90, l)})")) + ".",
            $"{year}: " + string.Join("; ", costs.Scenarios.Select(s => $"{CostTexts.Scenario(s, l).ToLowerInvariant()} {Euros(costs.Of(s, "", year).Central, l)} (band {Euros(costs.Of(s, "", year).P10, l)} to {Euros(costs.Of(s, "", year).P90, l)})")) + ".")));
        return new AnalystChart("costs-per-year", l.T("Kosten per jaar, alle organisaties", "Витрати за рік, усі організації", "Costs per year, all organisations"), svg, alternative, OrganisationTable(costs, l, totalsOnly: true));
    }

    private static AnalystTable OrganisationTable(CostReport costs, LetterLanguage l, bool totalsOnly = false)
    {
        var rows = costs.Years.SelectMany(year => (totalsOnly ? [""] : CostOrganisations.All.Append("")).Select(organisation => (year, organisation))).ToList();
        return new AnalystTable(
            totalsOnly ? "costs-totals" : "costs-organisations",
            totalsOnly
                ? l.T("Kosten per jaar: centrale waarde en de band van het 10e tot het 90e percentiel", "Витрати за рік: центральне значення і діапазон від 10-го до 90-го процентиля", "Costs per year: central value and the band from the 10th to the 90th percentile")
                : l.T("Kosten per organisatie en kalenderjaar: centrale waarde en de band van het 10e tot het 90e percentiel", "Витрати за організаціями та календарними роками: центральне значення і діапазон від 10-го до 90-го процентиля", "Costs per organisation and calendar year: central value and the band from the 10th to the 90th percentile"),
            [l.T("Jaar en organisatie", "Рік і організація", "Year and organisation"), .. costs.Scenarios.SelectMany(s => new[] { CostTexts.Scenario(s, l), CostTexts.Scenario(s, l) + l.T(", band", ", діапазон", ", band") })],
            [false, .. Enumerable.Repeat(true, costs.Scenarios.Length * 2)],
            [.. rows.Select(r => ImmutableArray.Create(
            [
                r.year.ToString(CultureInfo.InvariantCulture) + ", " + CostTexts.Organisation(r.organisation, l),
                .. costs.Scenarios.SelectMany(s =>
                {
                    var figure = costs.Of(s, r.organisation, r.year);
                    return new[] { Euros(figure.Central, l), Euros(figure.P10, l) + " – " + Euros(figure.P90, l) };
                }),
            ]))],
            [.. rows.Select(r => Key(r.year, r.organisation))]);
    }

    private static AnalystTable UnitCostTable(LetterLanguage l)
    {
        var data = CostData.Default;
        var rows = data.UnitCosts.Select(u => (Cost: u, Value: u.Values[^1])).ToList();
        return new AnalystTable(
            "costs-unit-costs",
            l.T("Eenheidskosten (laatste waarde): bron of eigen aanname met bandbreedte", "Одиничні витрати (останнє значення): джерело або власне припущення з діапазоном", "Unit costs (latest value): source or own assumption with a range"),
            [l.T("Eenheidskosten", "Одиничні витрати", "Unit cost"), l.T("Waarde", "Значення", "Value"), l.T("Laag", "Низьке", "Low"), l.T("Hoog", "Високе", "High"), l.T("Herkomst", "Походження", "Origin")],
            [false, true, true, true, false],
            [.. rows.Select(r => ImmutableArray.Create(
                CostTexts.UnitCost(r.Cost.Id, l),
                Number(r.Value.Value, r.Cost.Unit, l),
                r.Value.Low is { } low ? Number(low, r.Cost.Unit, l) : "",
                r.Value.High is { } high ? Number(high, r.Cost.Unit, l) : "",
                r.Value.SourceId == UnitCostValue.OwnAssumption
                    ? l.T("eigen aanname", "власне припущення", "own assumption")
                    : l.T("bron", "джерело", "source") + ", " + l.Date(r.Value.From)))],
            [.. rows.Select(r => r.Cost.Id)]);
    }

    /// <summary>An amount in the page's language, in whole cents.</summary>
    public static string Euros(decimal euros, LetterLanguage l) => Numbers.Euros((long)Math.Round(euros * 100m), l);

    private static string Number(decimal value, string unit, LetterLanguage l) =>
        unit.StartsWith("EUR", StringComparison.Ordinal) ? Euros(value, l) : AnalystTexts.Decimal((double)value, value == Math.Floor(value) ? 0 : 2, l);
}
