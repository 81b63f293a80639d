using System.Collections.Immutable;
using System.Globalization;
using Overgang.Analysis.Reforms;

namespace Overgang.Analysis.Reports;

/// <summary>The tables of a reform report, the same for the terminal, the HTML report, the CSV files and the web pages.</summary>
public static class ReformTables
{
    private static readonly string[] CaseloadColumns =
    [
        "allowance households baseline", "allowance households reform", "social-assistance households baseline", "social-assistance households reform",
        "handed over baseline", "handed over reform", "ended households baseline", "ended households reform", "reception places baseline", "reception places reform",
    ];

    /// <summary>Every table of a reform report, in report order.</summary>
    public static ImmutableArray<ReportTable> All(ReformReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ImmutableArray<ReportTable> tables = [Changes(report), Paths(report), PendingActions(report), Months(report), Caseloads(report), Municipalities(report), MunicipalityMonths(report), Outcomes(report), Households(report)];
        return report.Costs is { } costs ? [.. tables, .. CostTables.All(costs, Costs.CostData.Default)] : tables;
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

    /// <summary>Allowance, contribution and social assistance per month.</summary>
    public static ReportTable Months(ReformReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return MoneyTable("reform-months", "Living allowance, own contribution and estimated social assistance per month (EUR)", "month", report.MonthTotals, withLabel: false);
    }

    /// <summary>Households per provision, hand-overs and reception places per month.</summary>
    public static ReportTable Caseloads(ReformReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new("reform-caseload", "Households per provision and reception places per month (assessed households; persons for places)",
            ["month", .. CaseloadColumns],
            [.. report.MonthCaseloads.Select(c => Row([c.Key, .. CaseloadCells(c)]))]);
    }

    /// <summary>Allowance, contribution and social assistance per municipality over all months, largest net change first.</summary>
    public static ReportTable Municipalities(ReformReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return MoneyTable("reform-municipalities", $"Living allowance, own contribution and estimated social assistance per municipality, {report.Months.Length} months (EUR)", "code", report.Municipalities, withLabel: true);
    }

    /// <summary>Every provision per month and municipality: money and caseload, largest net change first, then by month and code.</summary>
    public static ReportTable MunicipalityMonths(ReformReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var caseloads = report.MunicipalityMonthCaseloads.ToDictionary(c => c.Key, StringComparer.Ordinal);
        return new("reform-municipality-months", "Provisions per month and municipality: living allowance paid, own contribution due, estimated social assistance (EUR), households and reception places",
            ["month / code", "name", "allowance baseline", "allowance reform", "contribution baseline", "contribution reform", "social assistance baseline", "social assistance reform", "net cost difference", .. CaseloadColumns],
            [.. report.MunicipalityMonths.OrderByDescending(m => Math.Abs(m.NetDifference.Cents)).ThenBy(m => m.Key, StringComparer.Ordinal).Select(m => Row(
            [
                m.Key, m.Label, Cells.Of(m.AllowanceBaseline), Cells.Of(m.AllowanceReform), Cells.Of(m.ContributionBaseline), Cells.Of(m.ContributionReform),
                Cells.Of(m.SocialAssistanceBaseline), Cells.Of(m.SocialAssistanceReform), Cells.Signed(m.NetDifference), .. CaseloadCells(caseloads[m.Key]),
            ]))]);
    }

    /// <summary>Registered household-months per outcome: calculated, not in the municipal scheme, away, path missing, invalid relations.</summary>
    public static ReportTable Outcomes(ReformReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Counts("reform-outcomes", $"Registered household-months per outcome, {report.Months.Length} months", "outcome", report.Outcomes);
    }

    /// <summary>Households that gain or lose, and by how much.</summary>
    public static ReportTable Households(ReformReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var changes = report.HouseholdChanges;
        string Decile(ImmutableArray<Rules.Money> deciles, int d) => deciles.IsEmpty ? "" : Cells.Of(deciles[d - 1]);
        return new("reform-households", $"Registered households: change in allowance plus social assistance minus contribution over {report.Months.Length} months (EUR)",
            ["group", "households", "total", "p10", "p50", "p90"],
            [
                Row("gain", Cells.Of(changes.Gaining), Cells.Of(changes.TotalGain), Decile(changes.GainDeciles, 1), Decile(changes.GainDeciles, 5), Decile(changes.GainDeciles, 9)),
                Row("lose", Cells.Of(changes.Losing), Cells.Of(changes.TotalLoss), Decile(changes.LossDeciles, 1), Decile(changes.LossDeciles, 5), Decile(changes.LossDeciles, 9)),
                Row("unchanged", Cells.Of(changes.Unchanged), "0.00", "", "", ""),
            ]);
    }

    internal static ImmutableArray<string> Row(params string[] cells) => [.. cells];

    private static string[] CaseloadCells(CaseloadDifference c) =>
    [
        Cells.Of(c.Baseline.AllowanceHouseholds), Cells.Of(c.Reform.AllowanceHouseholds), Cells.Of(c.Baseline.SocialAssistanceHouseholds), Cells.Of(c.Reform.SocialAssistanceHouseholds),
        Cells.Of(c.Baseline.HandedOver), Cells.Of(c.Reform.HandedOver), Cells.Of(c.Baseline.EndedHouseholds), Cells.Of(c.Reform.EndedHouseholds),
        Cells.Of(c.Baseline.ReceptionPlaces), Cells.Of(c.Reform.ReceptionPlaces),
    ];

    private static ReportTable Counts(string id, string title, string key, ImmutableArray<CountDifference> rows) =>
        new(id, title, [key, "baseline", "reform", "difference"],
            [.. rows.Select(r => Row(r.Key, Cells.Of(r.Baseline), Cells.Of(r.Reform), Cells.Signed(r.Difference))),
                Row("total", Cells.Of(rows.Sum(r => r.Baseline)), Cells.Of(rows.Sum(r => r.Reform)), Cells.Signed(rows.Sum(r => r.Difference)))]);

    private static ReportTable MoneyTable(string id, string title, string key, ImmutableArray<MoneyDifference> rows, bool withLabel)
    {
        ImmutableArray<string> columns = ["allowance baseline", "allowance reform", "allowance difference", "contribution baseline", "contribution reform", "contribution difference", "social assistance baseline", "social assistance reform", "social assistance difference", "net cost difference"];
        return new(id, title, withLabel ? [key, "name", .. columns] : [key, .. columns],
            [.. rows.Select(r =>
            {
                string[] money = [Cells.Of(r.AllowanceBaseline), Cells.Of(r.AllowanceReform), Cells.Signed(r.AllowanceDifference), Cells.Of(r.ContributionBaseline), Cells.Of(r.ContributionReform), Cells.Signed(r.ContributionDifference), Cells.Of(r.SocialAssistanceBaseline), Cells.Of(r.SocialAssistanceReform), Cells.Signed(r.SocialAssistanceDifference), Cells.Signed(r.NetDifference)];
                return withLabel ? Row([r.Key, r.Label, .. money]) : Row([r.Key, .. money]);
            })]);
    }
}
