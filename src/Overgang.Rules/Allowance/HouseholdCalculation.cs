using System.Collections.Immutable;
using Overgang.Rules.Explanations;
using Overgang.Rules.Households;
using Overgang.Rules.Provisions;

namespace Overgang.Rules.Allowance;

/// <summary>The living allowance and own contribution of one household for one month, with the explanation.</summary>
/// <param name="Household">The household.</param>
/// <param name="Income">The household income counted (adults' own income; minors' income is not counted).</param>
/// <param name="AllowanceBeforeIncome">Food (unless meals are provided), clothing and private-reception extra, before the income test.</param>
/// <param name="Allowance">The allowance payable after the income test.</param>
/// <param name="Contribution">The own contribution due.</param>
/// <param name="Thresholds">The thresholds where a threshold rule applies on the date, else <c>null</c>.</param>
/// <param name="Explanation">The rules that contributed, in order; empty when not asked for.</param>
public sealed record HouseholdCalculation(
    Household Household,
    Money Income,
    Money AllowanceBeforeIncome,
    Money Allowance,
    Money Contribution,
    Thresholds? Thresholds,
    ImmutableArray<ExplanationItem> Explanation)
{
    /// <summary>The regime the household lives on for the month: the living allowance until protection ends, and after it what its members' paths give.</summary>
    public Provision Provision { get; init; } = Provision.Allowance;

    /// <summary>The estimated social assistance, for a household with <see cref="Provision.SocialAssistance"/>; otherwise <c>null</c>.</summary>
    public SocialAssistanceEstimate? SocialAssistance { get; init; }

    /// <summary>The household's obligation to take out basic health insurance, once it holds for a member; otherwise <c>null</c>.</summary>
    public HealthInsuranceObligation? HealthInsurance { get; init; }

    /// <summary>The ids of the provisional parameters (not yet decided by government) that this answer used, in order.</summary>
    public ImmutableArray<string> ProvisionalParameters { get; init; } = [];
}
