using System.Collections.Immutable;
using System.Globalization;
using Overgang.Analysis.Monitor;
using Overgang.Analysis.Reports;
using Overgang.Letters;
using Overgang.Web.Languages;

namespace Overgang.Web.Analysts;

/// <summary>One official metric on the monitor page: a chart when it has several dates, and the table of every figure.</summary>
/// <param name="Metric">The metric's id (the key of the table's rows).</param>
/// <param name="Title">The metric in the page's language.</param>
/// <param name="Chart">The chart with its table, or <c>null</c> when the metric has one date.</param>
/// <param name="Table">Every figure of the metric with date, value and source.</param>
public sealed record MonitorMetric(string Metric, string Title, AnalystChart? Chart, AnalystTable Table);

/// <summary>
/// The monitor in the page's language: every official figure for the Netherlands (<c>figures-nl.csv</c>) and for the
/// EU per member state (<c>figures-eu.csv</c> and the seed figures) with its date and source, grouped by metric;
/// the factor scorecards per period and their change between periods (<see cref="Scorecards.Compare"/>).
/// </summary>
internal sealed record MonitorPage(ImmutableArray<MonitorMetric> Netherlands, ImmutableArray<MonitorMetric> Europe, ImmutableArray<ScorePeriod> Periods, AnalystTable Scores, AnalystTable Changes)
{
    /// <summary>Builds the page (charts drawn once per language).</summary>
    public static MonitorPage Build(AnalystOutlook outlook, Scorecards scorecards, LetterLanguage l)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        var netherlands = OfficialFigures.All.GroupBy(f => f.Metric, StringComparer.Ordinal).Select(g =>
        {
            var figures = g.OrderBy(f => f.Date).ToList();
            var table = new AnalystTable(
                "nl-" + g.Key,
                AnalystTexts.Metric(g.Key, l) + " – " + l.T("Nederland", "Нідерланди", "the Netherlands"),
                [l.T("Datum", "Дата", "Date"), l.T("Waarde", "Значення", "Value"), l.T("Bron", "Джерело", "Source")],
                [false, true, false],
                [.. figures.Select(f => ImmutableArray.Create(l.Date(f.Date), AnalystTexts.Value(f.Value, f.Unit, l), AnalystTexts.Source(f.Source, l)))],
                [.. figures.Select(f => Key(f.Metric, "NL", f.Date))]);
            AnalystChart? chart = null;
            if (figures.Select(f => f.Date).Distinct().Count() > 1)
            {
                var svg = outlook.Svg($"monitor/nl/{g.Key}/{LetterDates.Code(l)}", () => TimeCharts.Svg(
                    [new TimeSeries(AnalystTexts.Metric(g.Key, l), TimeMark.Line, [.. figures.Select(f => f.Date)], [.. figures.Select(f => f.Value)], [])],
                    AnalystTexts.Unit(figures[0].Unit, l), v => AnalystTexts.Value(v, "", l)));
                chart = new AnalystChart("nl-" + g.Key, AnalystTexts.Metric(g.Key, l), svg, Alternative(figures.Select(f => (f.Date, f.Value, f.Unit)).ToList(), l), table);
            }

            return new MonitorMetric(g.Key, AnalystTexts.Metric(g.Key, l), chart, table);
        }).ToImmutableArray();

        var europe = EuropeanFigures.All.GroupBy(f => f.Metric, StringComparer.Ordinal).Select(g =>
        {
            var figures = g.OrderBy(f => f.MemberState, StringComparer.Ordinal).ThenBy(f => f.Date).ToList();
            var table = new AnalystTable(
                "eu-" + g.Key,
                AnalystTexts.Metric(g.Key, l) + " – " + l.T("per lidstaat", "за державами-членами", "per member state"),
                [l.T("Lidstaat", "Держава-член", "Member state"), l.T("Datum", "Дата", "Date"), l.T("Waarde", "Значення", "Value"), l.T("Bron", "Джерело", "Source")],
                [false, false, true, false],
                [.. figures.Select(f => ImmutableArray.Create(AnalystTexts.MemberState(f.MemberState, l), l.Date(f.Date), AnalystTexts.Value(f.Value, f.Unit, l), AnalystTexts.Source(f.Source, l)))],
                [.. figures.Select(f => Key(f.Metric, f.MemberState, f.Date))]);
            var states = figures.GroupBy(f => f.MemberState, StringComparer.Ordinal).Where(s => s.Select(f => f.Date).Distinct().Count() > 1).ToList();
            AnalystChart? chart = null;
            if (states.Count > 0)
            {
                var svg = outlook.Svg($"monitor/eu/{g.Key}/{LetterDates.Code(l)}", () => TimeCharts.Svg(
                    [.. states.Select(s => new TimeSeries(AnalystTexts.MemberState(s.Key, l), TimeMark.Line, [.. s.Select(f => f.Date)], [.. s.Select(f => f.Value)], []))],
                    AnalystTexts.Unit(figures[0].Unit, l), v => AnalystTexts.Value(v, "", l)));
                var alternative = string.Join(" ", states.Select(s => AnalystTexts.MemberState(s.Key, l) + ": " + Alternative(s.Select(f => (f.Date, f.Value, f.Unit)).ToList(), l)));
                chart = new AnalystChart("eu-" + g.Key, AnalystTexts.Metric(g.Key, l), svg, alternative, table);
            }

            return new MonitorMetric(g.Key, AnalystTexts.Metric(g.Key, l), chart, table);
        }).ToImmutableArray();

        var scores = new AnalystTable(
            "monitor-scores",
            l.T("Gemiddelde score per factor en domein (van −2 tot +2; ongewogen gemiddelde van de indicatoren, een keuze van Overgang)",
                "Середня оцінка за чинником і сферою (від −2 до +2; незважене середнє індикаторів, вибір Overgang)",
                "Mean score per factor and domain (−2 to +2; unweighted mean of the indicators, an Overgang choice)"),
            [l.T("Factor", "Чинник", "Factor"), l.T("Rapport", "Звіт", "Report"), l.T("Gescoorde indicatoren", "Оцінені індикатори", "Indicators scored"), l.T("Gemiddelde", "Середнє", "Mean")],
            [false, false, true, true],
            [.. scorecards.Periods.SelectMany(p => p.Domains.SelectMany(d =>
                new[] { ImmutableArray.Create(AnalystTexts.Domain(d.Id, d.Title, l), AnalystTexts.Period(p.Id, l), Numbers.Count(d.Factors.Sum(f => f.Scored), l) + " / " + Numbers.Count(d.Factors.Sum(f => f.Indicators.Length), l), Signed(d.Mean, l)) }
                    .Concat(d.Factors.Select(f => ImmutableArray.Create(AnalystTexts.Factor(f.Id, f.Title, l), AnalystTexts.Period(p.Id, l), Numbers.Count(f.Scored, l) + " / " + Numbers.Count(f.Indicators.Length, l), Signed(f.Mean, l))))))],
            []);
        var changes = new List<ImmutableArray<string>>();
        for (var i = 1; i < scorecards.Periods.Length; i++)
        {
            var (earlier, later) = (scorecards.Periods[i - 1], scorecards.Periods[i]);
            changes.AddRange(Scorecards.Compare(earlier, later).Select(c => ImmutableArray.Create(
                c.Factor.Length == 0 ? AnalystTexts.Domain(c.Domain, c.Title, l) : AnalystTexts.Factor(c.Factor, c.Title, l),
                AnalystTexts.Period(earlier.Id, l) + " → " + AnalystTexts.Period(later.Id, l),
                c.InEarlier ? Signed(c.Earlier, l) : NotInPeriod(l),
                c.InLater ? Signed(c.Later, l) : NotInPeriod(l),
                c.Change is { } d ? Signed(d, l) : "–")));
        }

        var changeTable = new AnalystTable(
            "monitor-changes",
            l.T("Verandering van de gemiddelden tussen rapporten", "Зміна середніх між звітами", "Change of the means between reports"),
            [l.T("Factor", "Чинник", "Factor"), l.T("Rapporten", "Звіти", "Reports"), l.T("Eerder", "Раніше", "Earlier"), l.T("Later", "Пізніше", "Later"), l.T("Verandering", "Зміна", "Change")],
            [false, false, true, true, true],
            [.. changes],
            []);
        return new MonitorPage(netherlands, europe, scorecards.Periods, scores, changeTable);
    }

    /// <summary>The key of a figure's row: metric, member state and date (<c>brp_registered_tp/NL/2025-11-02</c>).</summary>
    public static string Key(string metric, string memberState, NodaTime.LocalDate date) =>
        metric + "/" + memberState + "/" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Alternative(List<(NodaTime.LocalDate Date, double Value, string Unit)> figures, LetterLanguage l) =>
        string.Join("; ", figures.Select(f => AnalystTexts.Value(f.Value, f.Unit, l) + " " + l.T("op", "станом на", "on") + " " + l.Date(f.Date))) + ".";

    /// <summary>"Not scored yet" in the page's language.</summary>
    public static string NotScoredYet(LetterLanguage l) => l.T("nog niet gescoord", "ще не оцінено", "not scored yet");

    /// <summary>"Not a factor in that report" in the page's language.</summary>
    public static string NotInPeriod(LetterLanguage l) => l.T("geen factor in dat rapport", "не було чинником у тому звіті", "not a factor in that report");

    private static string Signed(double? mean, LetterLanguage l) => mean is { } value ? Signed(value, l) : NotScoredYet(l);

    private static string Signed(double value, LetterLanguage l)
    {
        var text = AnalystTexts.Decimal(Math.Abs(value), 2, l);
        return Math.Abs(value) < 0.005 ? text : (value > 0 ? "+" : "−") + text;
    }
}
