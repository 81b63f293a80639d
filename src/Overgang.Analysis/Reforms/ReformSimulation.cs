using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using Overgang.Rules;
using Overgang.Rules.Parameters;

namespace Overgang.Analysis.Reforms;

/// <summary>Runs the baseline and a reform over the same population and compares them.</summary>
public static class ReformSimulation
{
    private const string Separator = " / ";

    /// <summary>Runs both trees; refuses (as a value) when either needs a parameter that is unknown.</summary>
    /// <param name="index">The population.</param>
    /// <param name="baseline">The baseline parameters.</param>
    /// <param name="reform">The reform applied to the baseline.</param>
    /// <param name="date">The transition decision date.</param>
    /// <param name="months">The allowance months.</param>
    /// <param name="population">A description of the population for the report.</param>
    /// <param name="report">The comparison.</param>
    /// <param name="missing">The unknown parameter.</param>
    /// <param name="progress">Told when each phase starts (a host that runs it in the background shows it).</param>
    public static bool TryRun(PopulationIndex index, ParameterTree baseline, Reform reform, LocalDate date, IReadOnlyList<YearMonth> months, string population, [NotNullWhen(true)] out ReformReport? report, [NotNullWhen(false)] out MissingParameter? missing, IProgress<ReformPhase>? progress = null)
    {
        report = null;
        if (!TrySimulate(index, baseline, reform, date, months, progress, out var before, out var after, out missing))
        {
            return false;
        }

        progress?.Report(ReformPhase.Comparison);
        report = Compare(index, reform, before.Result, after.Result, population);
        return true;
    }

    /// <summary>Simulates the baseline and then the reform (which reuses the baseline's months it does not change), telling <paramref name="progress"/> each phase.</summary>
    internal static bool TrySimulate(PopulationIndex index, ParameterTree baseline, Reform reform, LocalDate date, IReadOnlyList<YearMonth> months, IProgress<ReformPhase>? progress,
        [NotNullWhen(true)] out Microsimulation.Run? before, [NotNullWhen(true)] out Microsimulation.Run? after, [NotNullWhen(false)] out MissingParameter? missing)
    {
        ArgumentNullException.ThrowIfNull(reform);
        after = null;
        progress?.Report(ReformPhase.Baseline);
        if (!Microsimulation.TryRun(index, baseline, date, months, null, out before, out missing))
        {
            return false;
        }

        progress?.Report(ReformPhase.Reform);
        return Microsimulation.TryRun(index, reform.ApplyTo(baseline), date, months, before, out after, out missing);
    }

    /// <summary>Compares two simulations of the same population.</summary>
    public static ReformReport Compare(PopulationIndex index, Reform reform, SimulationResult baseline, SimulationResult reformed, string population)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(reform);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(reformed);
        var paths = Counts(baseline.Paths.ToDictionary(p => p.Path + Separator + p.Status, p => p.Persons), reformed.Paths.ToDictionary(p => p.Path + Separator + p.Status, p => p.Persons));
        var owners = Counts(baseline.PendingActions.ToDictionary(p => p.Owner, p => p.Actions), reformed.PendingActions.ToDictionary(p => p.Owner, p => p.Actions));
        string MonthKey(MunicipalityMonth m) => m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        // Every simulated month has a row, even one in which no household is calculated.
        var monthKeys = baseline.Months.Select(m => m.ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList();
        var monthTotals = Totals(baseline.Totals, reformed.Totals, MonthKey, key => key).ToDictionary(m => m.Key, StringComparer.Ordinal);
        var months = monthKeys.Select(k => monthTotals.GetValueOrDefault(k) ?? new MoneyDifference(k, k, Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero)).ToImmutableArray();
        var monthCaseloads = Caseloads(baseline.Totals, reformed.Totals, MonthKey, key => key).ToDictionary(m => m.Key, StringComparer.Ordinal);
        var municipalities = Totals(baseline.Totals, reformed.Totals, m => m.MunicipalityCode, code => index.Municipalities.GetValueOrDefault(code, code))
            .OrderByDescending(m => Math.Abs(m.NetDifference.Cents)).ThenBy(m => m.Key, StringComparer.Ordinal).ToImmutableArray();
        string CellKey(MunicipalityMonth m) => MonthKey(m) + "/" + m.MunicipalityCode;
        string CellLabel(string key) => index.Municipalities.GetValueOrDefault(key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..], key);
        var cells = Totals(baseline.Totals, reformed.Totals, CellKey, CellLabel);
        return new ReformReport(
            reform,
            baseline.ParameterVersion,
            reformed.ParameterVersion,
            baseline.Date,
            baseline.Months,
            population,
            index.TransitionFacts.Length,
            paths,
            owners,
            months,
            municipalities,
            cells,
            Changes(baseline.NetOfHousehold, reformed.NetOfHousehold),
            [.. monthKeys.Select(k => monthCaseloads.GetValueOrDefault(k) ?? new CaseloadDifference(k, k, Caseload.Empty, Caseload.Empty))],
            Caseloads(baseline.Totals, reformed.Totals, CellKey, CellLabel),
            Counts(new Dictionary<string, int>(baseline.Outcomes, StringComparer.Ordinal), new Dictionary<string, int>(reformed.Outcomes, StringComparer.Ordinal)));
    }

    private static ImmutableArray<CountDifference> Counts(Dictionary<string, int> baseline, Dictionary<string, int> reform) =>
        [.. baseline.Keys.Union(reform.Keys).Order(StringComparer.Ordinal).Select(k => new CountDifference(k, baseline.GetValueOrDefault(k), reform.GetValueOrDefault(k)))];

    private static ImmutableArray<MoneyDifference> Totals(ImmutableArray<MunicipalityMonth> baseline, ImmutableArray<MunicipalityMonth> reform, Func<MunicipalityMonth, string> key, Func<string, string> label)
    {
        var before = Sum(baseline, key);
        var after = Sum(reform, key);
        return [.. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal).Select(k =>
        {
            var b = before.GetValueOrDefault(k);
            var a = after.GetValueOrDefault(k);
            return new MoneyDifference(k, label(k), new Money(b.Allowance), new Money(a.Allowance), new Money(b.Contribution), new Money(a.Contribution), new Money(b.SocialAssistance), new Money(a.SocialAssistance));
        })];
    }

    private static Dictionary<string, (long Allowance, long Contribution, long SocialAssistance)> Sum(ImmutableArray<MunicipalityMonth> rows, Func<MunicipalityMonth, string> key) =>
        rows.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (g.Sum(r => r.Allowance.Cents), g.Sum(r => r.Contribution.Cents), g.Sum(r => r.SocialAssistance.Cents)), StringComparer.Ordinal);

    private static ImmutableArray<CaseloadDifference> Caseloads(ImmutableArray<MunicipalityMonth> baseline, ImmutableArray<MunicipalityMonth> reform, Func<MunicipalityMonth, string> key, Func<string, string> label)
    {
        static Dictionary<string, Caseload> Of(ImmutableArray<MunicipalityMonth> rows, Func<MunicipalityMonth, string> key) =>
            rows.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Aggregate(Caseload.Empty, (sum, r) => sum.Add(Caseload.Of(r))), StringComparer.Ordinal);
        var before = Of(baseline, key);
        var after = Of(reform, key);
        return [.. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal).Select(k => new CaseloadDifference(k, label(k), before.GetValueOrDefault(k) ?? Caseload.Empty, after.GetValueOrDefault(k) ?? Caseload.Empty))];
    }

    private static HouseholdChanges Changes(ImmutableArray<Money> baseline, ImmutableArray<Money> reform)
    {
        var changes = baseline.Zip(reform, (b, r) => r.Cents - b.Cents).Where(c => c != 0).Order().ToArray();
        var gains = changes.Where(c => c > 0).ToArray();
        var losses = changes.Where(c => c < 0).Select(c => -c).Order().ToArray();
        return new HouseholdChanges(
            baseline.Length,
            gains.Length,
            losses.Length,
            new Money(gains.Sum()),
            new Money(losses.Sum()),
            Deciles(gains),
            Deciles(losses),
            [.. changes.Select(c => new Money(c))]);
    }

    private static ImmutableArray<Money> Deciles(long[] sorted) =>
        sorted.Length == 0 ? [] : [.. Enumerable.Range(1, 9).Select(d => new Money(sorted[Math.Max(0, (int)Math.Ceiling(d / 10.0 * sorted.Length) - 1)]))];
}
