using System.Collections.Immutable;
using System.Globalization;
using Overgang.Analysis.Reforms;

namespace Overgang.Analysis.Reports;

/// <summary>The tables of a reform report, the same for the terminal, the HTML report, the CSV files and the web pages.</summary>
public static class ReformTables
{
    /// <summary>Every table of a reform report, in report order.</summary>
    public static ImmutableArray<ReportTable> All(ReformReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [Changes(report), Paths(report), PendingActions(report), Months(report), Municipalities(report), Households(report)];
    }

    /// <summary>The changed parameters with their rationale.</summary>
    public static ReportTable Changes(ReformReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new("reform-changes", $"Reform {report.Reform.Name}: changed parameters", ["parameter", "from", "value", "source", "rationale"],
            [.. report.Reform.Changes.SelectMany(d => d.Values.Where(v => v.From >= report.Reform.ChangedFrom[d.Id]).Select(v => (d, v)))
                .Select(x => Row(x.d.Id, x.v.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), x.v.Raw ?? "unknown", x.v.SourceId, report.Reform.Rationales[x.d.Id]))]);
    }

    /// <summary>Persons per path and status.</summary>
    public static ReportTable Paths(ReformReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Counts("reform-paths", $"Persons per transition path on {report.Date:yyyy-MM-dd}", "path / status", report.Paths);
    }

    /// <summary>Pending actions per owner.</summary>
    public static ReportTable PendingActions(ReformReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Counts("reform-actions", $"Pending actions per owner on {report.Date:yyyy-MM-dd}", "owner", report.PendingActions);
    }

    /// <summary>Allowance and contribution per month.</summary>
    public static ReportTable Months(ReformReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return MoneyTable("reform-months", "Living allowance and own contribution per month (EUR)", "month", report.MonthTotals, withLabel: false);
    }

    /// <summary>Allowance and contribution per municipality over all months, largest net change first.</summary>
    public static ReportTable Municipalities(ReformReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return MoneyTable("reform-municipalities", $"Living allowance and own contribution per municipality, {report.Months.Length} months (EUR)", "code", report.Municipalities, withLabel: true);
    }

    /// <summary>Households that gain or lose, and by how much.</summary>
    public static ReportTable Households(ReformReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var changes = report.HouseholdChanges;
        string Decile(ImmutableArray<Rules.Money> deciles, int d) => deciles.IsEmpty ? "" : Cells.Of(deciles[d - 1]);
        return new("reform-households", $"Registered households: change in allowance minus contribution over {report.Months.Length} months (EUR)",
            ["group", "households", "total", "p10", "p50", "p90"],
            [
                Row("gain", Cells.Of(changes.Gaining), Cells.Of(changes.TotalGain), Decile(changes.GainDeciles, 1), Decile(changes.GainDeciles, 5), Decile(changes.GainDeciles, 9)),
                Row("lose", Cells.Of(changes.Losing), Cells.Of(changes.TotalLoss), Decile(changes.LossDeciles, 1), Decile(changes.LossDeciles, 5), Decile(changes.LossDeciles, 9)),
                Row("unchanged", Cells.Of(changes.Unchanged), "0.00", "", "", ""),
            ]);
    }

    internal static ImmutableArray<string> Row(params string[] cells) => [.. cells];

    private static ReportTable Counts(string id, string title, string key, ImmutableArray<CountDifference> rows) =>
        new(id, title, [key, "baseline", "reform", "difference"],
            [.. rows.Select(r => Row(r.Key, Cells.Of(r.Baseline), Cells.Of(r.Reform), Cells.Signed(r.Difference))),
                Row("total", Cells.Of(rows.Sum(r => r.Baseline)), Cells.Of(rows.Sum(r => r.Reform)), Cells.Signed(rows.Sum(r => r.Difference)))]);

    private static ReportTable MoneyTable(string id, string title, string key, ImmutableArray<MoneyDifference> rows, bool withLabel)
    {
        ImmutableArray<string> columns = ["allowance baseline", "allowance reform", "allowance difference", "contribution baseline", "contribution reform", "contribution difference", "net cost difference"];
        return new(id, title, withLabel ? [key, "name", .. columns] : [key, .. columns],
            [.. rows.Select(r =>
            {
                string[] money = [Cells.Of(r.AllowanceBaseline), Cells.Of(r.AllowanceReform), Cells.Signed(r.AllowanceDifference), Cells.Of(r.ContributionBaseline), Cells.Of(r.ContributionReform), Cells.Signed(r.ContributionDifference), Cells.Signed(r.NetDifference)];
                return withLabel ? Row([r.Key, r.Label, .. money]) : Row([r.Key, .. money]);
            })]);
    }
}
