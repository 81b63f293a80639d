using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Web.ReturnProgramme;

/// <summary>One month of the return programme's caseload against the planning figure.</summary>
/// <param name="Month">The month, <c>YYYY-MM</c>; counted on its last day.</param>
/// <param name="Enrolled">Enrolments made up to the end of the month (an enrolment without a recorded day counts from the start).</param>
/// <param name="OnReturnPath">Of those, still on the return path at the end of the month (not withdrawn, not departed).</param>
/// <param name="WithAgreedDate">Of those on the path, the ones with an agreed departure date.</param>
/// <param name="Departed">Confirmed departures up to the end of the month.</param>
/// <param name="Withdrawn">Withdrawals up to the end of the month.</param>
/// <param name="Participants">Enrolled and not withdrawn (on the path or departed): the number set against the planning figure.</param>
/// <param name="PlanningFigure">The planning figure in force at the end of the month, or <c>null</c> when unknown then.</param>
public sealed record CaseloadMonth(string Month, int Enrolled, int OnReturnPath, int WithAgreedDate, int Departed, int Withdrawn, int Participants, int? PlanningFigure);

/// <summary>The return programme's caseload per month.</summary>
/// <param name="Municipality">The municipality the counts are limited to (case workers), or <c>null</c> for the whole country.</param>
/// <param name="PlanningReference">The source of the planning figure.</param>
/// <param name="PlanningProvisional">Whether the planning figure is a planning assumption.</param>
/// <param name="Months">The months, oldest first.</param>
public sealed record ReturnCaseload(string? Municipality, string? PlanningReference, bool PlanningProvisional, ImmutableArray<CaseloadMonth> Months);

/// <summary>An open follow-up step of a participant on the return path.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="Name">The person's name.</param>
/// <param name="NameCyrillic">The person's name in Cyrillic, or <c>null</c> when not recorded.</param>
/// <param name="MunicipalityName">The person's municipality.</param>
/// <param name="Kind">The step (<c>agree-departure-date</c>, ...).</param>
/// <param name="Owner">Who must act (<c>person</c>, <c>municipality</c>, <c>dtenv</c>, <c>ind</c>).</param>
/// <param name="Due">The due date.</param>
/// <param name="Overdue">Whether the due date has passed.</param>
/// <param name="Provisional">Whether the due date rests on an assumption of the project.</param>
public sealed record ReturnStepRow(string PersonId, string Name, string? NameCyrillic, string MunicipalityName, string Kind, string Owner, LocalDate Due, bool Overdue, bool Provisional);

/// <summary>The return programme at a glance: the caseload and the open steps by owner.</summary>
/// <param name="Date">Today.</param>
/// <param name="Caseload">The caseload per month.</param>
/// <param name="Steps">Open steps with a due date, by owner and due date.</param>
public sealed record ReturnOverview(LocalDate Date, ReturnCaseload Caseload, ImmutableArray<ReturnStepRow> Steps);

/// <summary>A period.</summary>
public sealed record PeriodView(LocalDate From, LocalDate To);

/// <summary>A course.</summary>
public sealed record CourseView(string Kind, LocalDate From, LocalDate To);

/// <summary>A withdrawal.</summary>
public sealed record WithdrawalView(LocalDate On, string By);

/// <summary>A follow-up step of the enrolment.</summary>
public sealed record StepView(string Kind, string Owner, LocalDate? Due, bool Provisional);

/// <summary>A package component with its amount, or why there is none.</summary>
/// <param name="Component">The component code.</param>
/// <param name="Amount">The amount in euros, or <c>null</c>.</param>
/// <param name="UnknownParameter">The parameter whose value the sources do not give, or <c>null</c>.</param>
public sealed record PackageView(string Component, decimal? Amount, string? UnknownParameter);

/// <summary>One applied rule.</summary>
public sealed record RuleView(string Rule, string Reference, string Text)
{
    /// <summary>The template and arguments the text was worded from, so that a page shows it in its own language (not part of the API).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Overgang.Rules.Texts.TextPhrase? Phrase { get; init; }
}

/// <summary>What the rules say about an enrolment today.</summary>
/// <param name="Stage">The stage (<c>enrolled</c>, <c>date-to-be-agreed</c>, <c>agreed-date-passed</c>, <c>withdrawn</c>, <c>departed</c>).</param>
/// <param name="OnReturnPath">Whether the person is on the return path.</param>
/// <param name="ProvisionsLastDay">The last day of the provisions tied to the programme, or <c>null</c> when not (yet) known.</param>
/// <param name="Steps">The follow-up steps.</param>
/// <param name="Package">The package.</param>
/// <param name="UnknownParameters">Parameters needed but not given by the sources.</param>
/// <param name="Provisional">Whether a date rests on an assumption of the project.</param>
/// <param name="Explanation">The rules applied.</param>
public sealed record ReturnStatusView(string Stage, bool OnReturnPath, LocalDate? ProvisionsLastDay, ImmutableArray<StepView> Steps, ImmutableArray<PackageView> Package,
    ImmutableArray<string> UnknownParameters, bool Provisional, ImmutableArray<RuleView> Explanation);

/// <summary>A person's return-programme enrolment, with its version (the ETag; 0 while not enrolled).</summary>
public sealed record EnrolmentView(
    string PersonId,
    string GivenName,
    string FamilyName,
    string? NameCyrillic,
    string MunicipalityName,
    long Version,
    bool Enrolled,
    LocalDate? EnrolledOn,
    bool CommitmentSigned,
    LocalDate? DepartureDate,
    ImmutableArray<string> Package,
    ImmutableArray<PeriodView> Visits,
    ImmutableArray<CourseView> Courses,
    WithdrawalView? Withdrawal,
    LocalDate? DepartedOn,
    LocalDate Date,
    ReturnStatusView? Status);

/// <summary>The answer to a change: the person and the enrolment's new version.</summary>
public sealed record EnrolmentChanged(string PersonId, long Version);

/// <summary>The return programme in counts, for a home page.</summary>
/// <param name="Month">This month's caseload (participants against the planning figure).</param>
/// <param name="OpenSteps">Open steps with a due date of everyone on the return path.</param>
/// <param name="OverdueSteps">Those whose due date has passed.</param>
public sealed record ReturnCounts(CaseloadMonth Month, int OpenSteps, int OverdueSteps);
