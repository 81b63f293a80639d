using System.Collections.Immutable;
using System.Globalization;
using Overgang.Analysis.Monitor;

namespace Overgang.Analysis.Reports;

/// <summary>The tables of the monitor.</summary>
public static class MonitorTables
{
    private static readonly string[] _metrics =
        [OfficialFigures.Registered, OfficialFigures.Deregistered, OfficialFigures.Places, OfficialFigures.Occupied, OfficialFigures.Occupancy, OfficialFigures.MunicipalReception];

    /// <summary>Every table of the monitor, in report order.</summary>
    public static ImmutableArray<ReportTable> All(Scorecards scorecards)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        return [Figures(), EuFigures(), Periods(scorecards), Scores(scorecards), Changes(scorecards), Indicators(scorecards)];
    }

    /// <summary>Official figures over time: registered, deregistered, places, occupancy.</summary>
    public static ReportTable Figures() =>
        new("monitor-figures", "Official figures over time (Data/figures-nl.csv)", ["date", "metric", "value", "unit", "source"],
            [.. OfficialFigures.All.Where(f => _metrics.Contains(f.Metric)).Select(f => ReformTables.Row(f.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.Metric, f.Value.ToString("0.#", CultureInfo.InvariantCulture), f.Unit, f.Source))]);

    /// <summary>EU figures per member state: beneficiaries of temporary protection, decisions, returns, asylum applications, minors and school enrolment.</summary>
    public static ReportTable EuFigures() =>
        new("monitor-eu-figures", "EU figures per member state (Data/figures-eu.csv, Data/figures-eu-seeds.csv)", ["date", "member state", "metric", "value", "unit", "source", "note"],
            [.. EuropeanFigures.All.Select(f => ReformTables.Row(f.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.MemberState, f.Metric, f.Value.ToString("0.#", CultureInfo.InvariantCulture), f.Unit, f.Source, f.Note))]);

    /// <summary>The report periods and whether they could be scored.</summary>
    public static ReportTable Periods(Scorecards scorecards)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        return new("monitor-periods", "Report periods", ["period", "report", "scored", "what is missing"],
            [.. scorecards.Periods.Select(p => ReformTables.Row(p.Id, p.Title, p.IsScored ? "yes" : "no", p.Missing ?? ""))]);
    }

    /// <summary>Aggregates per domain and factor, per scored period.</summary>
    public static ReportTable Scores(Scorecards scorecards)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        return new("monitor-scores", $"Factor scores per period: {scorecards.Aggregation}", ["period", "domain", "factor", "indicators", "sum", "mean"],
            [.. scorecards.Periods.Where(p => p.IsScored).SelectMany(p => p.Domains.SelectMany(d =>
                d.Factors.Select(f => ReformTables.Row(p.Id, d.Id, f.Id, Cells.Of(f.Indicators.Length), Cells.Signed(f.Indicators.Sum(i => i.Score)), Mean(f.Mean)))
                    .Append(ReformTables.Row(p.Id, d.Id, "(domain)", Cells.Of(d.Factors.Sum(f => f.Indicators.Length)), Cells.Signed(d.Factors.Sum(f => f.Indicators.Sum(i => i.Score))), Mean(d.Mean)))))]);
    }

    /// <summary>The change of each aggregate between consecutive periods (empty where a period is not scored).</summary>
    public static ReportTable Changes(Scorecards scorecards)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        var rows = new List<ImmutableArray<string>>();
        for (var i = 1; i < scorecards.Periods.Length; i++)
        {
            var (earlier, later) = (scorecards.Periods[i - 1], scorecards.Periods[i]);
            rows.AddRange(Scorecards.Compare(earlier, later).Select(c => ReformTables.Row(
                $"{earlier.Id} to {later.Id}", c.Domain, c.Factor.Length == 0 ? "(domain)" : c.Factor,
                c.Earlier is { } e ? Mean(e) : "not scored", c.Later is { } l ? Mean(l) : "not scored", c.Change is { } d ? Mean(d) : "")));
        }

        return new("monitor-changes", "Change of the aggregates between periods", ["periods", "domain", "factor", "earlier", "later", "change"], [.. rows]);
    }

    /// <summary>Every indicator score with its rationale and source.</summary>
    public static ReportTable Indicators(Scorecards scorecards)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        return new("monitor-indicators", "Indicator scores (-2..+2) with rationale and source", ["period", "domain", "factor", "indicator", "score", "source", "rationale"],
            [.. scorecards.Periods.SelectMany(p => p.Domains.SelectMany(d => d.Factors.SelectMany(f => f.Indicators.Select(i =>
                ReformTables.Row(p.Id, d.Id, f.Id, i.Title, Cells.Signed(i.Score), i.Source, i.Rationale)))))]);
    }

    private static string Mean(double value) => value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
}
