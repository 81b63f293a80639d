using System.Collections.Immutable;
using NodaTime;
using Overgang.Analysis.Monitor;
using Overgang.Analysis.Projections;
using Overgang.Analysis.Reports;
using Overgang.Letters;
using Overgang.Web.Languages;

namespace Overgang.Web.Analysts;

/// <summary>
/// The page of one projected scenario in the page's language: the charts of the population, reception and caseloads with
/// their 10-90 bands, each with its table (the rows of <see cref="ProjectionTables"/>, the tables <c>overgang project</c>
/// and <c>overgang report</c> print), the totals and peaks, and the back-test.
/// </summary>
internal sealed record ScenarioPage(
    ProjectionScenario Scenario,
    string Title,
    string Description,
    int Draws,
    int Seed,
    ImmutableArray<AnalystChart> Charts,
    AnalystTable Summary,
    AnalystTable BackTest,
    AnalystTable BackTestSummary)
{
    /// <summary>The series shown with their bands.</summary>
    public static readonly ImmutableArray<(string Series, string Metric)> Bands = [("population", OfficialFigures.Registered), ("reception", OfficialFigures.MunicipalReception)];

    /// <summary>Builds the page's content (charts are drawn once per scenario and language).</summary>
    public static ScenarioPage Build(AnalystOutlook outlook, ScenarioOutlook scenario, LetterLanguage l)
    {
        var result = scenario.Result;
        var charts = Bands.Select(b => Band(outlook, result, b.Series, b.Metric, l)).Append(Caseloads(outlook, result, l)).ToImmutableArray();
        return new ScenarioPage(
            result.Scenario,
            AnalystTexts.ScenarioTitle(result.Scenario, l),
            AnalystTexts.ScenarioDescription(result.Scenario, l),
            result.Draws,
            result.Seed,
            charts,
            SummaryTable(result, l),
            BackTestTable(scenario.BackTest, l),
            BackTestSummaryTable(scenario.BackTest, l));
    }

    /// <summary>The table behind a band chart: month, 10th percentile, median, 90th percentile (<see cref="ProjectionTables.Series"/>).</summary>
    public static AnalystTable SeriesTable(ProjectionResult result, string id, LetterLanguage l)
    {
        var table = ProjectionTables.Series(result, id);
        return new AnalystTable(
            table.Id,
            l.T("Per maand: de mediaan en de band van het 10e tot het 90e percentiel", "За місяцями: медіана і діапазон від 10-го до 90-го процентиля", "Per month: the median and the band from the 10th to the 90th percentile") + " – " + AnalystTexts.Series(result[id], l),
            [l.T("Maand", "Місяць", "Month"), l.T("10e percentiel", "10-й процентиль", "10th percentile"), l.T("Mediaan", "Медіана", "Median"), l.T("90e percentiel", "90-й процентиль", "90th percentile")],
            [false, true, true, true],
            [.. table.Rows.Select(r => ImmutableArray.Create(Cell(r[0], l), Cell(r[1], l), Cell(r[2], l), Cell(r[3], l)))],
            []);
    }

    private static AnalystChart Band(AnalystOutlook outlook, ProjectionResult result, string id, string metric, LetterLanguage l)
    {
        var series = result[id];
        var dates = result.Months.Select(m => m.OnDayOfMonth(1)).ToImmutableArray();
        var official = OfficialFigures.Of(metric).Where(f => f.Date >= dates[0]).ToList();
        var svg = outlook.Svg($"{result.Scenario.Id}/{id}/{LetterDates.Code(l)}", () =>
        {
            List<TimeSeries> lines =
            [
                new(l.T("band 10e tot 90e percentiel", "діапазон від 10-го до 90-го процентиля", "band 10th to 90th percentile"), TimeMark.Band, dates, series.P10, series.P90),
                new(l.T("mediaan", "медіана", "median"), TimeMark.Line, dates, series.P50, []),
            ];
            if (id == "reception")
            {
                lines.Add(new(l.T("opvangplaatsen (laatste gepubliceerde aantal)", "місця розміщення (останнє опубліковане число)", "reception places (last published figure)"), TimeMark.Line, dates, ProjectionReading.PlacesPerMonth(result), []));
            }

            if (official.Count > 0)
            {
                lines.Add(new(l.T("officiële cijfers", "офіційні показники", "official figures"), TimeMark.Points, [.. official.Select(f => f.Date)], [.. official.Select(f => f.Value)], []));
            }

            return TimeCharts.Svg(lines, AnalystTexts.Unit("persons", l), v => AnalystTexts.Whole(v, l));
        });
        var peak = series.P50.IndexOf(series.P50.Max());
        var last = result.Months.Length - 1;
        var alternative = l.T(
            $"Mediaan {AnalystTexts.Whole(series.P50[0], l)} in {AnalystTexts.Month(result.Months[0], l)}, hoogste {AnalystTexts.Whole(series.P50[peak], l)} in {AnalystTexts.Month(result.Months[peak], l)}, en {AnalystTexts.Whole(series.P50[last], l)} in {AnalystTexts.Month(result.Months[last], l)} (band {AnalystTexts.Whole(series.P10[last], l)} tot {AnalystTexts.Whole(series.P90[last], l)}).",
            $"Медіана {AnalystTexts.Whole(series.P50[0], l)} у {Locative(result.Months[0])}, найбільше {AnalystTexts.Whole(series.P50[peak], l)} у {Locative(result.Months[peak])}, і {AnalystTexts.Whole(series.P50[last], l)} у {Locative(result.Months[last])} (діапазон від {AnalystTexts.Whole(series.P10[last], l)} до {AnalystTexts.Whole(series.P90[last], l)}).",
            $"Median {AnalystTexts.Whole(series.P50[0], l)} in {AnalystTexts.Month(result.Months[0], l)}, highest {AnalystTexts.Whole(series.P50[peak], l)} in {AnalystTexts.Month(result.Months[peak], l)}, and {AnalystTexts.Whole(series.P50[last], l)} in {AnalystTexts.Month(result.Months[last], l)} (band {AnalystTexts.Whole(series.P10[last], l)} to {AnalystTexts.Whole(series.P90[last], l)}).");
        if (official.Count > 0)
        {
            alternative += " " + l.T("Punten: de officiële cijfers", "Точки: офіційні показники", "Points: the official figures") + " (" + AnalystTexts.Metric(metric, l) + l.T(", in de monitor).", ", у моніторингу).", ", in the monitor).");
        }

        return new AnalystChart("projection-" + id, AnalystTexts.Series(series, l), svg, alternative, SeriesTable(result, id, l));
    }

    private static AnalystChart Caseloads(AnalystOutlook outlook, ProjectionResult result, LetterLanguage l)
    {
        var table = ProjectionTables.Caseloads(result);
        var series = result.Series.Where(s => s.Organisation.Length > 0).ToList();
        var dates = result.Months.Select(m => m.OnDayOfMonth(1)).ToImmutableArray();
        var drawn = series.Where(s => s.Id != "reception").ToList();
        var svg = outlook.Svg($"{result.Scenario.Id}/caseloads/{LetterDates.Code(l)}", () =>
            TimeCharts.Svg([.. drawn.Select(s => new TimeSeries(AnalystTexts.Series(s, l), TimeMark.Line, dates, s.P50, []))], l.T("zaken (mediaan)", "справи (медіана)", "cases (median)"), v => AnalystTexts.Whole(v, l)));
        var alternative = string.Join(" ", drawn.Select(s =>
        {
            var peak = s.P50.IndexOf(s.P50.Max());
            return l.T(
                $"{AnalystTexts.Series(s, l)}: hoogste mediaan {AnalystTexts.Whole(s.P50[peak], l)} in {AnalystTexts.Month(result.Months[peak], l)}.",
                $"{AnalystTexts.Series(s, l)}: найбільша медіана {AnalystTexts.Whole(s.P50[peak], l)} у {Locative(result.Months[peak])}.",
                $"{AnalystTexts.Series(s, l)}: highest median {AnalystTexts.Whole(s.P50[peak], l)} in {AnalystTexts.Month(result.Months[peak], l)}.");
        }));
        var page = new AnalystTable(
            table.Id,
            l.T("Werklast per organisatie, mediaan per maand", "Навантаження за організаціями, медіана за місяць", "Caseloads per organisation, median per month"),
            [l.T("Maand", "Місяць", "Month"), .. series.Select(s => AnalystTexts.Series(s, l))],
            [false, .. series.Select(_ => true)],
            [.. table.Rows.Select(r => r.Select(c => Cell(c, l)).ToImmutableArray())],
            []);
        return new AnalystChart("projection-caseloads", l.T("Werklast per organisatie", "Навантаження на організації", "Caseloads per organisation"), svg, alternative, page);
    }

    private static AnalystTable SummaryTable(ProjectionResult result, LetterLanguage l)
    {
        var table = ProjectionTables.Summary(result);
        return new AnalystTable(
            table.Id,
            l.T($"Totalen en pieken, {AnalystTexts.Month(result.Months[0], l)} tot en met {AnalystTexts.Month(result.Months[^1], l)}",
                $"Підсумки та піки, з {AnalystTexts.Month(result.Months[0], l)} по {AnalystTexts.Month(result.Months[^1], l)}",
                $"Totals and peaks, {AnalystTexts.Month(result.Months[0], l)} to {AnalystTexts.Month(result.Months[^1], l)}"),
            [l.T("Reeks", "Ряд", "Series"), l.T("Totaal (som van de maandmedianen)", "Разом (сума місячних медіан)", "Total (sum of monthly medians)"), l.T("Piekmaand", "Місяць піку", "Peak month"), l.T("Piek, 10e percentiel", "Пік, 10-й процентиль", "Peak, 10th percentile"), l.T("Piek, mediaan", "Пік, медіана", "Peak, median"), l.T("Piek, 90e percentiel", "Пік, 90-й процентиль", "Peak, 90th percentile")],
            [false, true, false, true, true, true],
            [.. table.Rows.Select((r, i) => ImmutableArray.Create(AnalystTexts.Series(result.Series[i], l), Cell(r[2], l), Cell(r[3], l), Cell(r[4], l), Cell(r[5], l), Cell(r[6], l)))],
            []);
    }

    private static AnalystTable BackTestTable(ImmutableArray<BackTestRow> rows, LetterLanguage l)
    {
        var table = ProjectionTables.BackTestTable(rows);
        return new AnalystTable(
            table.Id,
            l.T("Terugtoets: de projectie van het scenario langdurige oorlog vanaf de eerste maand, met alleen de aannames die toen bekend waren, tegen elk later officieel cijfer",
                "Зворотна перевірка: прогноз за сценарієм затяжної війни з першого місяця лише з тими припущеннями, що були відомі тоді, порівняно з кожним пізнішим офіційним показником",
                "Back-test: the protracted-war projection from its first month, with only the assumptions known then, against every later official figure"),
            [l.T("Cijfer", "Показник", "Figure"), l.T("Datum", "Дата", "Date"), l.T("Officieel", "Офіційно", "Official"), l.T("10e percentiel", "10-й процентиль", "10th percentile"), l.T("Mediaan", "Медіана", "Median"), l.T("90e percentiel", "90-й процентиль", "90th percentile"), l.T("Afwijking mediaan (%)", "Відхилення медіани (%)", "Error of the median (%)"), l.T("Binnen de band", "У межах діапазону", "Within the band")],
            [false, false, true, true, true, true, true, false],
            [.. table.Rows.Select(r => ImmutableArray.Create(AnalystTexts.Metric(r[0], l), Cell(r[1], l), Cell(r[2], l), Cell(r[3], l), Cell(r[4], l), Cell(r[5], l), Cell(r[6], l), r[7] == "yes" ? l.T("ja", "так", "yes") : l.T("nee", "ні", "no")))],
            []);
    }

    private static AnalystTable BackTestSummaryTable(ImmutableArray<BackTestRow> rows, LetterLanguage l) => new(
        "backtest-summary",
        l.T("Terugtoets: gemiddelde absolute procentuele afwijking (MAPE) van de mediaan per cijfer", "Зворотна перевірка: середня абсолютна відсоткова похибка (MAPE) медіани за показником", "Back-test: mean absolute percentage error (MAPE) of the median per figure"),
        [l.T("Cijfer", "Показник", "Figure"), l.T("Aantal cijfers", "Кількість показників", "Figures"), "MAPE (%)", l.T("Binnen de band", "У межах діапазону", "Within the band")],
        [false, true, true, false],
        [.. global::Overgang.Analysis.Projections.BackTest.Summary(rows).Select(s => ImmutableArray.Create(
            AnalystTexts.Metric(s.Metric, l), Numbers.Count(s.Figures, l), AnalystTexts.Decimal(s.Mape, 1, l),
            l.T($"{s.WithinBand} van {s.Figures}", $"{s.WithinBand} з {s.Figures}", $"{s.WithinBand} of {s.Figures}")))],
        []);

    /// <summary>A cell of a <see cref="ReportTable"/> (invariant numbers, ISO months and dates) in the page's language.</summary>
    public static string Cell(string cell, LetterLanguage l)
    {
        if (cell.Length == 7 && NodaTime.Text.YearMonthPattern.Iso.Parse(cell) is { Success: true } month)
        {
            return AnalystTexts.Month(month.Value, l);
        }

        if (cell.Length == 10 && NodaTime.Text.LocalDatePattern.Iso.Parse(cell) is { Success: true } date)
        {
            return l.Date(date.Value);
        }

        if (long.TryParse(cell, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var whole))
        {
            return Numbers.Count(whole, l);
        }

        return double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? AnalystTexts.Decimal(number, cell.Length - cell.IndexOf('.', StringComparison.Ordinal) - 1, l)
            : cell;
    }

    /// <summary>A month after the Ukrainian preposition "у" (locative: "у березні 2027").</summary>
    private static string Locative(YearMonth month) =>
        new[] { "січні", "лютому", "березні", "квітні", "травні", "червні", "липні", "серпні", "вересні", "жовтні", "листопаді", "грудні" }[month.Month - 1] + " " + month.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
