using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Rules.Transition;

/// <summary>The transition decision for one person: path, status, validity of a granted document, reasons, tasks and flags.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="Path">The first path that applies.</param>
/// <param name="Status">Decided, or pending with the outstanding actions.</param>
/// <param name="Validity">For a decided transition document: its first and last day (inclusive); otherwise <c>null</c>.</param>
/// <param name="Reasons">Every rule evaluated, in evaluation order.</param>
/// <param name="Tasks">What follows from a decided path, per domain.</param>
/// <param name="Flags">Reasons for review by hand.</param>
public sealed record TransitionDecision(
    string PersonId,
    TransitionPath Path,
    DecisionStatus Status,
    DateInterval? Validity,
    ImmutableArray<Reason> Reasons,
    ImmutableArray<FollowUpTask> Tasks,
    ReviewFlags Flags)
{
    /// <summary>True when the decision is final on the facts.</summary>
    public bool IsDecided => Status is DecisionStatus.Decided;

    /// <summary>The outstanding actions (empty when decided).</summary>
    public ImmutableArray<PendingAction> Actions => Status is DecisionStatus.Pending pending ? pending.Actions : [];

    /// <summary>The transitional stay the IND decided for the person, as the rules assessed it, or <c>null</c> (not part of the JSON output: its reason is).</summary>
    public StayAssessment? Stay { get; init; }
}
