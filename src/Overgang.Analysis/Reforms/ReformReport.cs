using System.Collections.Immutable;
using NodaTime;
using Overgang.Rules.Parameters;

namespace Overgang.Analysis.Reforms;

/// <summary>A reform against the baseline over the same population: every difference the analysts asked for.</summary>
/// <param name="Reform">The reform.</param>
/// <param name="BaselineVersion">Version of the baseline parameters.</param>
/// <param name="ReformVersion">Version of the reformed parameters.</param>
/// <param name="Date">The transition decision date.</param>
/// <param name="Months">The allowance months.</param>
/// <param name="Population">What the population was (generated with a seed, or read from a registry).</param>
/// <param name="Persons">Persons with a protection registration.</param>
/// <param name="Paths">Persons per path and status.</param>
/// <param name="PendingActions">Pending actions per owner.</param>
/// <param name="MonthTotals">Allowance and contribution per month.</param>
/// <param name="Municipalities">Allowance and contribution per municipality over all months, largest net change first.</param>
/// <param name="MunicipalityMonths">Allowance and contribution per month and municipality (key <c>YYYY-MM/code</c>).</param>
/// <param name="HouseholdChanges">Who gains and who loses.</param>
public sealed record ReformReport(
    Reform Reform,
    string BaselineVersion,
    string ReformVersion,
    LocalDate Date,
    ImmutableArray<YearMonth> Months,
    string Population,
    int Persons,
    ImmutableArray<CountDifference> Paths,
    ImmutableArray<CountDifference> PendingActions,
    ImmutableArray<MoneyDifference> MonthTotals,
    ImmutableArray<MoneyDifference> Municipalities,
    ImmutableArray<MoneyDifference> MunicipalityMonths,
    HouseholdChanges HouseholdChanges)
{
    /// <summary>True when the reform changes no count and no amount.</summary>
    public bool ChangesNothing =>
        Paths.All(p => p.Difference == 0) && PendingActions.All(p => p.Difference == 0)
        && MonthTotals.All(m => m.AllowanceDifference.Cents == 0 && m.ContributionDifference.Cents == 0)
        && HouseholdChanges.Gaining == 0 && HouseholdChanges.Losing == 0;
}
