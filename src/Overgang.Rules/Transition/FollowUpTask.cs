using NodaTime;

namespace Overgang.Rules.Transition;

/// <summary>What follows from a decision in one domain (care, income, housing, education, integration, reception, departure).</summary>
/// <param name="Kind">What must happen.</param>
/// <param name="Domain">The domain, such as <c>care</c>.</param>
/// <param name="Owner">Who must do it.</param>
/// <param name="Text">The task in plain English.</param>
/// <param name="Due">The due date, or <c>null</c> when the task has none.</param>
/// <param name="IsProvisional">Whether the due date is a provisional parameter value.</param>
public sealed record FollowUpTask(TaskKind Kind, string Domain, ActionOwner Owner, string Text, LocalDate? Due, bool IsProvisional);
