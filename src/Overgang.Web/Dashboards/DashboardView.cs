using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Web.Dashboards;

/// <summary>
/// A home page's counts for the caller's role: what needs attention now. Exactly one of the boards is set (none for a
/// role without a home page of its own). The page and <c>GET /api/v1/dashboard</c> show the same value.
/// </summary>
/// <param name="Role">The caller's role.</param>
/// <param name="Today">The date the counts are for (the legal day).</param>
/// <param name="Deadlines">The next deadlines: the last day of protection from the parameters, then the days open tasks fall due.</param>
/// <param name="CaseWorker">A case worker's board (their municipality).</param>
/// <param name="Ind">The IND's board (every municipality).</param>
/// <param name="Departure">The departure service's board (the return programme).</param>
/// <param name="Admin">An administrator's board (runs and accounts).</param>
public sealed record Dashboard(
    string Role,
    LocalDate Today,
    ImmutableArray<Deadline> Deadlines,
    CaseWorkerBoard? CaseWorker,
    IndBoard? Ind,
    DepartureBoard? Departure,
    AdminBoard? Admin);

/// <summary>A count under a key (an owner, a task code, a flag, a role).</summary>
/// <param name="Key">The key, as the contract names it (<c>ind</c>, <c>medical-treatment</c>, ...).</param>
/// <param name="Count">How many.</param>
public sealed record KeyCount(string Key, int Count);

/// <summary>A deadline: a date and what falls on it.</summary>
/// <param name="Date">The day.</param>
/// <param name="Kind"><c>protection-end</c> (the last day of temporary protection) or <c>tasks-due</c>.</param>
/// <param name="Tasks">For <c>tasks-due</c>: the open tasks due that day; else <c>null</c>.</param>
public sealed record Deadline(LocalDate Date, string Kind, int? Tasks);

/// <summary>Open tasks and those past their due date.</summary>
/// <param name="Open">Open tasks.</param>
/// <param name="Overdue">Open tasks whose due date has passed.</param>
public sealed record TaskCounts(int Open, int Overdue);

/// <summary>A location's capacity against the persons placed there today.</summary>
/// <param name="Id">The location id (for its link).</param>
/// <param name="Name">Its name.</param>
/// <param name="Capacity">Places.</param>
/// <param name="Placed">Persons placed there today.</param>
/// <param name="LongAbsences">Residents away longer than the absence maximum this month.</param>
/// <param name="OverCapacity">True when more are placed than there are places.</param>
public sealed record LocationLoad(string Id, string Name, int Capacity, int Placed, int LongAbsences, bool OverCapacity);

/// <summary>This month's allowance run for a municipality's households.</summary>
/// <param name="Month">The month (<c>yyyy-MM</c>).</param>
/// <param name="RunNumber">The run's number among month runs, or <c>null</c> when the month has not been run yet.</param>
/// <param name="Calculated">Households calculated.</param>
/// <param name="NotCalculable">Households that could not be calculated (a fact missing).</param>
/// <param name="EndedAbsence">Households left out because every member was away longer than the absence maximum.</param>
public sealed record MonthRunCounts(string Month, int? RunNumber, int Calculated, int NotCalculable, int EndedAbsence);

/// <summary>A case worker's board.</summary>
/// <param name="MunicipalityCode">Their municipality (for the links).</param>
/// <param name="MunicipalityName">Its name.</param>
/// <param name="DecisionDate">The date of the latest decisions run, or <c>null</c> when none has run.</param>
/// <param name="PendingByOwner">Persons of the municipality whose decision is pending, by who must act (a person waiting on two owners counts for both).</param>
/// <param name="Pending">Persons of the municipality whose decision is pending.</param>
/// <param name="Tasks">Open and overdue tasks the municipality owns for its persons.</param>
/// <param name="AbsenceMaximumDays">The absence maximum in force today (the 28-day rule's parameter).</param>
/// <param name="LongAbsences">Residents of the municipality's locations away longer than that this month.</param>
/// <param name="Locations">The municipality's locations, over capacity first.</param>
/// <param name="Month">This month's allowance run.</param>
public sealed record CaseWorkerBoard(
    string MunicipalityCode,
    string MunicipalityName,
    LocalDate? DecisionDate,
    ImmutableArray<KeyCount> PendingByOwner,
    int Pending,
    TaskCounts Tasks,
    int AbsenceMaximumDays,
    int LongAbsences,
    ImmutableArray<LocationLoad> Locations,
    MonthRunCounts Month);

/// <summary>The IND's board.</summary>
/// <param name="DecisionDate">The date of the latest decisions run, or <c>null</c> when none has run.</param>
/// <param name="ActionsByTask">Open IND actions by task code, largest first.</param>
/// <param name="Actions">Open IND actions and those overdue.</param>
/// <param name="Flags">Decisions of the latest run with a review flag, per flag (the rules' order).</param>
/// <param name="LinkCandidates">Open pairs of record linkage to review.</param>
/// <param name="StayCandidates">Persons whose facts may ground a transitional stay and who have none.</param>
/// <param name="StaysEnding">Transitional stays ending within the work list's window.</param>
public sealed record IndBoard(
    LocalDate? DecisionDate,
    ImmutableArray<KeyCount> ActionsByTask,
    TaskCounts Actions,
    ImmutableArray<KeyCount> Flags,
    int LinkCandidates,
    int StayCandidates,
    int StaysEnding);

/// <summary>The departure service's board.</summary>
/// <param name="Month">This month (<c>yyyy-MM</c>).</param>
/// <param name="Participants">Participants of the return programme this month.</param>
/// <param name="PlanningFigure">The planning figure for the month, when the parameters have one.</param>
/// <param name="Steps">Open steps with a due date, and those overdue.</param>
public sealed record DepartureBoard(string Month, int Participants, int? PlanningFigure, TaskCounts Steps);

/// <summary>A batch run, for an administrator.</summary>
/// <param name="Kind"><c>decisions</c> or <c>allowance</c>.</param>
/// <param name="Number">Its number among runs of its kind.</param>
/// <param name="Argument">Its date or month (ISO).</param>
/// <param name="Status"><c>running</c>, <c>stopping</c>, <c>stopped</c>, <c>finished</c>, <c>failed</c> or <c>interrupted</c>, as for <c>GET /api/v1/runs</c>.</param>
/// <param name="FinishedOn">The day it finished (the legal day), or <c>null</c>.</param>
public sealed record RunLine(string Kind, int Number, string Argument, string Status, LocalDate? FinishedOn);

/// <summary>An administrator's board.</summary>
/// <param name="Runs">The latest batch runs, newest first.</param>
/// <param name="AccountsByRole">Local accounts per role.</param>
/// <param name="LockedAccounts">Local accounts locked now after wrong passwords.</param>
public sealed record AdminBoard(ImmutableArray<RunLine> Runs, ImmutableArray<KeyCount> AccountsByRole, int LockedAccounts);
