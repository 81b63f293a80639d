using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Web.Households;

/// <summary>An audit-log entry about a household or its members.</summary>
/// <param name="Sequence">Position in the log.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who (account name, or <c>system:run/{id}</c>, <c>generate:…</c>, <c>import:…</c>).</param>
/// <param name="Action">What (<c>person.update</c>, <c>task.done</c>, <c>decision.record</c>, <c>person.read</c>, …).</param>
/// <param name="Subject">Whose record.</param>
/// <param name="Reason">Why.</param>
/// <param name="PersonId">The member the entry is about, or <c>null</c> for an allowance household's payment.</param>
/// <param name="Fields">The facts a change touched (the keys of its data, such as <c>publicOrderCheck</c> or <c>income.2026-11</c>).</param>
/// <param name="ActorName">The account's display name when the actor is an account.</param>
public sealed record HistoryView(long Sequence, Instant At, string Actor, string Action, string Subject, string Reason,
    string? PersonId, ImmutableArray<string> Fields, string? ActorName);
