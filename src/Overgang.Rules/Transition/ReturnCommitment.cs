using NodaTime;

namespace Overgang.Rules.Transition;

/// <summary>A person's enrolment in the return programme.</summary>
/// <param name="CommitmentSigned">Whether the person signed the return commitment (004:185).</param>
/// <param name="DepartureDate">The agreed departure date, or <c>null</c> while none is agreed.</param>
public sealed record ReturnCommitment(bool CommitmentSigned, LocalDate? DepartureDate);
