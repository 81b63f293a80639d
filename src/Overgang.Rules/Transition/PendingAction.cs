using NodaTime;

namespace Overgang.Rules.Transition;

/// <summary>A missing fact or outstanding act that keeps a decision pending.</summary>
/// <param name="Kind">What must happen.</param>
/// <param name="Owner">Who must do it.</param>
/// <param name="Text">The action in plain English (letters word it per language from <paramref name="Kind"/>).</param>
/// <param name="Due">The last day to do it: the last day of protection for acts needed before protection ends.</param>
public sealed record PendingAction(ActionKind Kind, ActionOwner Owner, string Text, LocalDate Due);
