using NodaTime;
using Overgang.Rules.Transition;

namespace Overgang.Rules.ReturnProgramme;

/// <summary>One follow-up step of a return-programme enrolment.</summary>
/// <param name="Kind">What must happen.</param>
/// <param name="Owner">Who must do it.</param>
/// <param name="Due">The due date, or <c>null</c> when a parameter it needs is unknown (see <see cref="ReturnStatus.Missing"/>).</param>
/// <param name="IsProvisional">Whether the due date rests on a provisional value or an assumption of this project.</param>
public sealed record ReturnStep(ReturnStepKind Kind, ActionOwner Owner, LocalDate? Due, bool IsProvisional);
