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
/// <param name="Written">Why it could not be calculated (JSON), or <c>null</c> when it was: see <see cref="Explanation"/>.</param>
/// <param name="Calculation">The rules' calculation when the outcome is <c>calculated</c>, else <c>null</c>.</param>
public sealed record AllowanceResult(string Key, ImmutableArray<string> Members, Money Allowance, Money Contribution, string Outcome, string? Written, HouseholdCalculation? Calculation)
{
    /// <summary>
    /// The explanation as JSON: the calculation's steps when calculated, else why not. Written only when read (a month
    /// run stores the steps in their stored form and never needs the JSON of a calculated household).
    /// </summary>
    public string Explanation => Written ?? AllowanceFacts.ExplanationJson(Calculation?.Explanation ?? []);

    /// <summary>
    /// True for a household on social assistance this month that was not on it on the first day of the previous
    /// month: it is handed over this month (the hand-over list of the monthly run).
    /// </summary>
    public bool HandOverThisMonth { get; init; }
}
