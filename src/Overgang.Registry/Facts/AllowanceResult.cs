using System.Collections.Immutable;
using Overgang.Rules;
using Overgang.Rules.Allowance;

namespace Overgang.Registry.Facts;

/// <summary>The allowance of one allowance household in a month, as the run stores it.</summary>
/// <param name="Key">The payment key, <c>householdId#n</c>.</param>
/// <param name="Members">The members counted.</param>
/// <param name="Allowance">Allowance payable.</param>
/// <param name="Contribution">Own contribution due.</param>
/// <param name="Outcome"><c>calculated</c>, <c>ended-absence</c>, <c>not-calculable</c> or <c>invalid-relations</c>.</param>
/// <param name="Explanation">The explanation (JSON) or why it could not be calculated, as stored with a payment.</param>
/// <param name="Calculation">The rules' calculation when the outcome is <c>calculated</c>, else <c>null</c>.</param>
public sealed record AllowanceResult(string Key, ImmutableArray<string> Members, Money Allowance, Money Contribution, string Outcome, string Explanation, HouseholdCalculation? Calculation)
{
    /// <summary>
    /// True for a household on social assistance this month that was not on it on the first day of the previous
    /// month: it is handed over this month (the hand-over list of the monthly run).
    /// </summary>
    public bool HandOverThisMonth { get; init; }
}
