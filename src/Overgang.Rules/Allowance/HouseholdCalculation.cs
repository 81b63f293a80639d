using System.Collections.Immutable;
using Overgang.Rules.Explanations;
using Overgang.Rules.Households;

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
    ImmutableArray<ExplanationItem> Explanation);
