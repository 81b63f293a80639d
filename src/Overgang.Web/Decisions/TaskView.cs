using NodaTime;

namespace Overgang.Web.Decisions;

/// <summary>A task that follows from a decision.</summary>
/// <param name="Id">The task.</param>
/// <param name="PersonId">The person.</param>
/// <param name="Kind"><c>action</c> or <c>follow-up</c>.</param>
/// <param name="Owner"><c>person</c>, <c>ind</c>, <c>municipality</c> or <c>insurer</c>.</param>
/// <param name="Text">What must be done.</param>
/// <param name="Due">When it is due.</param>
/// <param name="Status"><c>open</c> or <c>done</c>.</param>
public sealed record TaskView(long Id, string PersonId, string Kind, string Owner, string Text, LocalDate Due, string Status);
