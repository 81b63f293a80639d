using System.Collections.Immutable;

namespace Overgang.Web.SelfService;

/// <summary>A household's living allowance and own contribution in one month, and why.</summary>
/// <param name="Month">The month (<c>yyyy-MM</c>).</param>
/// <param name="RunId">The allowance run.</param>
/// <param name="HouseholdId">The allowance household (<c>registered-household#n</c>).</param>
/// <param name="Members">Members counted this month.</param>
/// <param name="AllowanceCents">Allowance payable, in euro cents.</param>
/// <param name="ContributionCents">Own contribution due, in euro cents.</param>
/// <param name="Outcome"><c>calculated</c>, <c>ended-absence</c> (28-day rule) or <c>not-calculable</c>.</param>
/// <param name="Lines">The explanation: one line per rule with an amount, in the order the rules applied.</param>
public sealed record OwnAllowance(string Month, long RunId, string HouseholdId, int Members, long AllowanceCents, long ContributionCents, string Outcome, ImmutableArray<AllowanceLine> Lines);
