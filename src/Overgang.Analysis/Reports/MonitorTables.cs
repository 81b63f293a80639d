using System.Collections.Immutable;
using System.Globalization;
using Overgang.Analysis.Monitor;

namespace Overgang.Analysis.Reports;

/// <summary>The tables of the monitor.</summary>
public static class MonitorTables
{
    /// <summary>What the tables say where a factor or indicator has no score yet.</summary>
    public const string NotScoredYet = "not scored yet";

    /// <summary>What the change table says where a period's structure has no such factor.</summary>
    public const string NotInPeriod = "not a factor then";

    /// <summary>Every table of the monitor, in report order.</summary>
    public static ImmutableArray<ReportTable> All(Scorecards scorecards)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        return [Series(), Figures(), EuFigures(), Periods(scorecards), Scores(scorecards), Changes(scorecards), Indicators(scorecards)];
    }

    /// <summary>True when a metric belongs to the filter: a topic (<see cref="FigureTopics"/>) and/or a series (metric), either empty for all.</summary>
    public static bool Matches(string metric, string? topic, string? series) =>
        (string.IsNullOrEmpty(topic) || FigureTopics.Of(metric) == topic) && (string.IsNullOrEmpty(series) || metric == series);

    /// <summary>Every series (one metric over dates; for the EU per member state): topic, dates, number of figures and the latest value.</summary>
    public static ReportTable Series(string? topic = null, string? series = null)
    {
        var netherlands = OfficialFigures.All.Where(f => Matches(f.Metric, topic, series)).GroupBy(f => (f.Metric, State: "NL"))
            .Select(g => (g.Key.Metric, g.Key.State, Figures: g.Select(f => (f.Date, f.Value, f.Unit, f.Source)).ToList()));
        var europe = EuropeanFigures.All.Where(f => Matches(f.Metric, topic, series)).GroupBy(f => (f.Metric, State: f.MemberState))
            .Select(g => (g.Key.Metric, g.Key.State, Figures: g.Select(f => (f.Date, f.Value, f.Unit, f.Source)).ToList()));
        return new("monitor-series", "Series of figures: one metric over dates, per member state (Data/figures-*.csv)", ["topic", "series", "where", "from", "to", "figures", "latest", "unit", "latest source"],
            [.. netherlands.Concat(europe).OrderBy(s => FigureTopics.Of(s.Metric), StringComparer.Ordinal).ThenBy(s => s.Metric, StringComparer.Ordinal).ThenBy(s => s.State, StringComparer.Ordinal)
                .Select(s =>
                {
                    var ordered = s.Figures.OrderBy(f => f.Date).ToList();
                    var last = ordered[^1];
                    return ReformTables.Row(FigureTopics.Of(s.Metric), s.Metric, s.State, Day(ordered[0].Date), Day(last.Date), Cells.Of(ordered.Count), Value(last.Value), last.Unit, last.Source);
                })]);
    }

    /// <summary>Every official figure for the Netherlands over time, with topic, source and note.</summary>
    public static ReportTable Figures(string? topic = null, string? series = null) =>
        new("monitor-figures", "Official figures for the Netherlands over time (Data/figures-nl.csv, Data/figures-nl-seeds.csv)", ["date", "topic", "metric", "value", "unit", "source", "note"],
            [.. OfficialFigures.All.Where(f => Matches(f.Metric, topic, series)).Select(f => ReformTables.Row(Day(f.Date), FigureTopics.Of(f.Metric), f.Metric, Value(f.Value), f.Unit, f.Source, f.Note))]);

    /// <summary>EU figures per member state: beneficiaries of temporary protection, decisions, returns, asylum applications, minors and school enrolment.</summary>
    public static ReportTable EuFigures(string? topic = null, string? series = null) =>
        new("monitor-eu-figures", "EU figures per member state (Data/figures-eu.csv, Data/figures-eu-seeds.csv)", ["date", "member state", "topic", "metric", "value", "unit", "source", "note"],
            [.. EuropeanFigures.All.Where(f => Matches(f.Metric, topic, series)).Select(f => ReformTables.Row(Day(f.Date), f.MemberState, FigureTopics.Of(f.Metric), f.Metric, Value(f.Value), f.Unit, f.Source, f.Note))]);

    /// <summary>The report periods and how far they are scored.</summary>
    public static ReportTable Periods(Scorecards scorecards)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        return new("monitor-periods", "Report periods", ["period", "report", "indicators", "scored", "what is missing"],
            [.. scorecards.Periods.Select(p => ReformTables.Row(p.Id, p.Title, Cells.Of(p.AllIndicators().Count()), Cells.Of(p.AllIndicators().Count(i => i.Indicator.Score is not null)), p.Missing ?? ""))]);
    }

    /// <summary>Aggregates per domain and factor, per period ("not scored yet" where no indicator has a score).</summary>
    public static ReportTable Scores(Scorecards scorecards)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        return new("monitor-scores", $"Factor scores per period: {scorecards.Aggregation}", ["period", "domain", "factor", "indicators", "scored", "sum", "mean"],
            [.. scorecards.Periods.SelectMany(p => p.Domains.SelectMany(d =>
                d.Factors.Select(f => ReformTables.Row(p.Id, d.Id, f.Id, Cells.Of(f.Indicators.Length), Cells.Of(f.Scored), f.Scored == 0 ? "" : Cells.Signed(f.Sum), Mean(f.Mean)))
                    .Append(ReformTables.Row(p.Id, d.Id, "(domain)", Cells.Of(d.Factors.Sum(f => f.Indicators.Length)), Cells.Of(d.Factors.Sum(f => f.Scored)),
                        d.Mean is null ? "" : Cells.Signed(d.Factors.Sum(f => f.Sum)), Mean(d.Mean)))))]);
    }

    /// <summary>The change of each aggregate between consecutive periods ("not scored yet" where a period has no score).</summary>
    public static ReportTable Changes(Scorecards scorecards)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        var rows = new List<ImmutableArray<string>>();
        for (var i = 1; i < scorecards.Periods.Length; i++)
        {
            var (earlier, later) = (scorecards.Periods[i - 1], scorecards.Periods[i]);
            rows.AddRange(Scorecards.Compare(earlier, later).Select(c => ReformTables.Row(
                $"{earlier.Id} to {later.Id}", c.Domain, c.Factor.Length == 0 ? "(domain)" : c.Factor, c.InEarlier ? Mean(c.Earlier) : NotInPeriod, c.InLater ? Mean(c.Later) : NotInPeriod, c.Change is { } d ? Mean(d) : "")));
        }

        return new("monitor-changes", "Change of the aggregates between periods", ["periods", "domain", "factor", "earlier", "later", "change"], [.. rows]);
    }

    /// <summary>Every indicator with its score (or "not scored yet"), version, rationale and source.</summary>
    public static ReportTable Indicators(Scorecards scorecards)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        return new("monitor-indicators", "Indicator scores (-2..+2) with rationale and source; version 0 is the shipped score, 1 and up entered ones", ["period", "domain", "factor", "indicator", "score", "version", "source", "rationale"],
            [.. scorecards.Periods.SelectMany(p => p.AllIndicators().Select(x =>
                ReformTables.Row(p.Id, x.Domain.Id, x.Factor.Id, x.Indicator.Title, x.Indicator.Score is { } s ? Cells.Signed(s) : NotScoredYet, Cells.Of(x.Indicator.Version), x.Indicator.Source, x.Indicator.Rationale)))]);
    }

    /// <summary>Every entered and amended score, oldest first: who, when, old and new value, why.</summary>
    public static ReportTable History(ImmutableArray<EnteredScore> history) =>
        new("monitor-history", "Entered and amended scores (oldest first)", ["at", "period", "domain", "factor", "indicator", "version", "old", "new", "actor", "reason", "justification"],
            [.. history.Select(e => ReformTables.Row(e.At.ToString(), e.Period, e.Domain, e.Factor, e.Indicator, Cells.Of(e.Version), Score(e.PreviousScore), Score(e.Score), e.Actor, e.Reason, e.Justification))]);

    /// <summary>A score with its sign, or "not scored yet".</summary>
    public static string Score(int? score) => score is { } s ? Cells.Signed(s) : NotScoredYet;

    private static string Day(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Value(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Mean(double? value) => value is { } v ? v.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : NotScoredYet;
}
