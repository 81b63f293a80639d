using System.Collections.Immutable;

namespace Overgang.Web.Households;

/// <summary>The allowance and contribution of one allowance household in the month, calculated now from the current facts.</summary>
/// <param name="Key">Payment key <c>householdId#n</c>.</param>
/// <param name="Members">The members counted.</param>
/// <param name="Outcome"><c>calculated</c>, <c>ended-absence</c>, <c>not-calculable</c> or <c>invalid-relations</c>.</param>
/// <param name="Income">Household income counted, in euros.</param>
/// <param name="AllowanceBeforeIncome">Full allowance before the income test.</param>
/// <param name="Allowance">Allowance payable.</param>
/// <param name="Contribution">Own contribution due.</param>
/// <param name="Explanation">Why this amount, rule by rule.</param>
/// <param name="Problem">Why it could not be calculated, where it could not.</param>
public sealed record AllowanceView(string Key, ImmutableArray<string> Members, string Outcome, decimal Income, decimal AllowanceBeforeIncome, decimal Allowance, decimal Contribution, ImmutableArray<ExplanationView> Explanation, string? Problem);
