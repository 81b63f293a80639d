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
/// <param name="MonthTotals">Allowance, contribution and social assistance per month.</param>
/// <param name="Municipalities">Allowance, contribution and social assistance per municipality over all months, largest net change first.</param>
/// <param name="MunicipalityMonths">Allowance, contribution and social assistance per month and municipality (key <c>YYYY-MM/code</c>), ordered by key.</param>
/// <param name="HouseholdChanges">Who gains and who loses.</param>
/// <param name="MonthCaseloads">Households per provision, hand-overs and reception places per month.</param>
/// <param name="MunicipalityMonthCaseloads">The same per month and municipality (key <c>YYYY-MM/code</c>), ordered by key like <paramref name="MunicipalityMonths"/>.</param>
/// <param name="Outcomes">Registered household-months per outcome of the month (calculated, not in the municipal scheme, path missing, ...).</param>
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
    HouseholdChanges HouseholdChanges,
    ImmutableArray<CaseloadDifference> MonthCaseloads,
    ImmutableArray<CaseloadDifference> MunicipalityMonthCaseloads,
    ImmutableArray<CountDifference> Outcomes)
{
    /// <summary>The costs of the baseline, the reform and the counterfactual per organisation and year, when they were asked for.</summary>
    public Costs.CostReport? Costs { get; init; }

    /// <summary>True when the reform changes no count and no amount.</summary>
    public bool ChangesNothing =>
        Paths.All(p => p.Difference == 0) && PendingActions.All(p => p.Difference == 0)
        && MonthTotals.All(m => m.AllowanceDifference.Cents == 0 && m.ContributionDifference.Cents == 0 && m.SocialAssistanceDifference.Cents == 0)
        && MonthCaseloads.All(m => m.Unchanged) && Outcomes.All(o => o.Difference == 0)
        && HouseholdChanges.Gaining == 0 && HouseholdChanges.Losing == 0;
}
