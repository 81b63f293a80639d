namespace Overgang.Web.ReturnProgramme;

/// <summary>
/// A change of a person's return-programme enrolment: any of its parts. Dates are <c>YYYY-MM-DD</c>; a bad value is
/// refused naming its field (such as <c>visit.to</c>).
/// </summary>
/// <param name="Enrolment">Records or changes the enrolment.</param>
/// <param name="Visit">Adds an exploratory visit.</param>
/// <param name="Course">Adds a course.</param>
/// <param name="Withdrawal">Records the end of participation.</param>
/// <param name="Departure">Confirms the departure.</param>
public sealed record EnrolmentChange(EnrolmentInput? Enrolment, VisitInput? Visit, CourseInput? Course, WithdrawalInput? Withdrawal, DepartureInput? Departure);

/// <summary>The enrolment: day of enrolment (required), commitment, agreed departure date (empty: to be agreed), package components.</summary>
public sealed record EnrolmentInput(string? EnrolledOn, bool CommitmentSigned, string? DepartureDate, IReadOnlyList<string>? Package);

/// <summary>An exploratory visit: first and last day away.</summary>
public sealed record VisitInput(string? From, string? To);

/// <summary>A course: <c>reconstruction</c> or <c>skills</c>, first and last day.</summary>
public sealed record CourseInput(string? Kind, string? From, string? To);

/// <summary>A withdrawal: the day and who ended participation (<c>person</c>, <c>municipality</c>, <c>dtenv</c>, <c>ind</c>).</summary>
public sealed record WithdrawalInput(string? On, string? By);

/// <summary>A confirmed departure: the day.</summary>
public sealed record DepartureInput(string? On);
