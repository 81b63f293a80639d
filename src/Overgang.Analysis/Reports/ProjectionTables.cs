using System.Collections.Immutable;
using System.Globalization;
using Overgang.Analysis.Projections;

namespace Overgang.Analysis.Reports;

/// <summary>The tables of a projection report.</summary>
public static class ProjectionTables
{
    /// <summary>Every table of a projection report (and the back-test), in report order.</summary>
    public static ImmutableArray<ReportTable> All(ProjectionResult result, ImmutableArray<BackTestRow> backTest)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [Assumptions(result), Summary(result), Series(result, "population"), Series(result, "reception"), Caseloads(result), Municipalities(result), BackTestTable(backTest), BackTestSummary(backTest)];
    }

    /// <summary>The assumptions of the scenario with their values, ranges and sources.</summary>
    public static ReportTable Assumptions(ProjectionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new("projection-assumptions", $"Assumptions of scenario {result.Scenario.Id} (central value; low and high bound the triangular distribution of each draw; a later-known value for the same month revises the earlier one, which only the back-test uses)", ["assumption", "unit", "from", "known", "value", "low", "high", "source"],
            [.. result.Assumptions.SelectMany(a => a.Values.Select(v => ReformTables.Row(
                a.Id, a.Unit, v.From.ToString("yyyy-MM", CultureInfo.InvariantCulture), v.Known.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                v.Date is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Number(v.Value),
                v.Low is { } low ? Number(low) : "", v.High is { } high ? Number(high) : "", v.SourceId)))]);
    }

    /// <summary>Per series: the median total over the period (flows) or the peak (stocks), with the month.</summary>
    public static ReportTable Summary(ProjectionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new("projection-summary", $"Scenario {result.Scenario.Id}: totals and peaks, {result.Months[0]:yyyy-MM} to {result.Months[^1]:yyyy-MM} ({result.Draws} draws, seed {result.Seed})",
            ["series", "organisation", "flow: sum of monthly medians", "peak month", "peak p10", "peak p50", "peak p90"],
            [.. result.Series.Select(s =>
            {
                var peak = s.P50.IndexOf(s.P50.Max());
                return ReformTables.Row(s.Id, s.Organisation, s.IsStock ? "" : Whole(s.TotalP50), result.Months[peak].ToString("yyyy-MM", CultureInfo.InvariantCulture), Whole(s.P10[peak]), Whole(s.P50[peak]), Whole(s.P90[peak]));
            })]);
    }

    /// <summary>One series month by month with its band.</summary>
    public static ReportTable Series(ProjectionResult result, string id)
    {
        ArgumentNullException.ThrowIfNull(result);
        var series = result[id];
        return new($"projection-{id}", $"{series.Title}: scenario {result.Scenario.Id}", ["month", "p10", "p50", "p90"],
            [.. result.Months.Select((m, t) => ReformTables.Row(m.ToString("yyyy-MM", CultureInfo.InvariantCulture), Whole(series.P10[t]), Whole(series.P50[t]), Whole(series.P90[t])))]);
    }

    /// <summary>The median caseload of every organisation, month by month.</summary>
    public static ReportTable Caseloads(ProjectionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var series = result.Series.Where(s => s.Organisation.Length > 0).ToList();
        return new("projection-caseloads", $"Caseloads per organisation, median per month: scenario {result.Scenario.Id}", ["month", .. series.Select(s => $"{s.Id} ({s.Organisation})")],
            [.. result.Months.Select((m, t) => ReformTables.Row([m.ToString("yyyy-MM", CultureInfo.InvariantCulture), .. series.Select(s => Whole(s.P50[t]))]))]);
    }

    /// <summary>Social-assistance applications per municipality (median total, by the municipality's share of the population).</summary>
    public static ReportTable Municipalities(ProjectionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new("projection-municipalities", $"Social-assistance applications per municipality (median total): scenario {result.Scenario.Id}", ["code", "name", "applications"],
            [.. result.SocialAssistanceByMunicipality.Select(m => ReformTables.Row(m.Code, m.Name, Whole(m.Applications)))]);
    }

    /// <summary>Each official figure against the projection made without it.</summary>
    public static ReportTable BackTestTable(ImmutableArray<BackTestRow> rows) =>
        new("backtest", $"Back-test: scenario {BackTest.Scenario} from its start month, only assumptions known then, against later official figures", ["metric", "date", "observed", "p10", "p50", "p90", "error of p50 (%)", "within 10-90"],
            [.. rows.Select(r => ReformTables.Row(r.Metric, r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Whole(r.Observed), Whole(r.P10), Whole(r.P50), Whole(r.P90), Cells.Of(r.AbsolutePercentageError, 1), r.WithinBand ? "yes" : "no"))]);

    /// <summary>Mean absolute percentage error per metric.</summary>
    public static ReportTable BackTestSummary(ImmutableArray<BackTestRow> rows) =>
        new("backtest-summary", "Back-test: mean absolute percentage error (MAPE) of the median per metric", ["metric", "figures", "MAPE (%)", "within 10-90"],
            [.. BackTest.Summary(rows).Select(s => ReformTables.Row(s.Metric, Cells.Of(s.Figures), Cells.Of(s.Mape, 1), $"{s.WithinBand} of {s.Figures}"))]);

    private static string Whole(double value) => Math.Round(value).ToString("0", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
