using System.Collections.Immutable;
using NodaTime;
using Overgang.Rules.Transition;

namespace Overgang.Web.SelfService;

/// <summary>
/// The stored decision told in the letter's words, sorted for the person: what is done (the conditions that hold), what
/// is still to be done and by whom (the open actions), what follows, and what else the decision rests on. It sorts the
/// letter's sentences; it decides nothing.
/// </summary>
/// <param name="Outcome">The outcome in the letter's words.</param>
/// <param name="DecisionFor">The date the decision is for (the end of protection).</param>
/// <param name="MadeOn">When it was made, or <c>null</c> when unknown.</param>
/// <param name="Pending">True while the decision waits for an open action.</param>
/// <param name="Done">The conditions that hold.</param>
/// <param name="Open">The open actions, each with its owner (<c>person</c>, <c>ind</c>, <c>municipality</c>, <c>insurer</c>) and the letter's sentence without the owner.</param>
/// <param name="FollowUps">What follows from the decision, with owner.</param>
/// <param name="Other">Conditions that do not hold and are not an open action (what the path rests on).</param>
internal sealed record DecisionInWords(
    ImmutableArray<string> Outcome,
    LocalDate DecisionFor,
    LocalDate? MadeOn,
    bool Pending,
    ImmutableArray<string> Done,
    ImmutableArray<(string Owner, string Text)> Open,
    ImmutableArray<(string Owner, string Text)> FollowUps,
    ImmutableArray<string> Other)
{
    /// <summary>The rule a pending action completes: its "not met" sentence is the open action, not a separate finding.</summary>
    private static readonly ImmutableDictionary<ActionKind, string> _completes = new Dictionary<ActionKind, string>
    {
        [ActionKind.WithdrawAsylumApplication] = TransitionRuleIds.AsylumWithdrawn,
        [ActionKind.CompletePublicOrderCheck] = TransitionRuleIds.PublicOrder,
        [ActionKind.DecidePermitApplication] = TransitionRuleIds.OtherPermit,
        [ActionKind.SignReturnCommitment] = TransitionRuleIds.ReturnCommitment,
        [ActionKind.AgreeDepartureDate] = TransitionRuleIds.ReturnDeparture,
        [ActionKind.EstablishAsylumPendingOnTcnEnd] = TransitionRuleIds.TemporaryResidenceEnded,
    }.ToImmutableDictionary();

    /// <summary>Sorts a letter's sentences by the decision they were composed from (the letter keeps the decision's order).</summary>
    public static DecisionInWords From(OwnLetter own)
    {
        ArgumentNullException.ThrowIfNull(own);
        var letter = own.Letter;
        var decision = own.Decision;
        var reasons = letter.Sections[1].Items;
        var index = 2;
        var actions = decision.Actions.IsEmpty ? [] : letter.Sections[index++].Items;
        var tasks = decision.Tasks.IsEmpty ? [] : letter.Sections[index].Items;
        var open = decision.Actions.Select(a => _completes.TryGetValue(a.Kind, out var rule) ? rule : "").ToHashSet(StringComparer.Ordinal);
        var done = ImmutableArray.CreateBuilder<string>();
        var other = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < decision.Reasons.Length && i < reasons.Length; i++)
        {
            var reason = decision.Reasons[i];
            if (reason.Met)
            {
                done.Add(reasons[i]);
            }
            else if (!open.Contains(reason.Rule))
            {
                other.Add(reasons[i]);
            }
        }

        return new DecisionInWords(
            letter.Sections[0].Paragraphs,
            own.Record.Date,
            own.MadeOn,
            !decision.IsDecided,
            done.ToImmutable(),
            [.. decision.Actions.Select((a, i) => (TransitionNames.Of(a.Owner), WithoutOwner(actions.ElementAtOrDefault(i) ?? "")))],
            [.. decision.Tasks.Select((t, i) => (TransitionNames.Of(t.Owner), WithoutOwner(tasks.ElementAtOrDefault(i) ?? "")))],
            other.ToImmutable());
    }

    /// <summary>The letter's item without its "Owner: " prefix (the page groups by owner).</summary>
    private static string WithoutOwner(string item)
    {
        var colon = item.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? item : item[(colon + 2)..];
    }
}
