using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Web.Households;

/// <summary>The top of the case file: where each member stands, what is due next, the month's money, open tasks and flags.</summary>
/// <param name="Members">Each member's path and decision status (none when no decision is stored yet).</param>
/// <param name="NextDeadline">The earliest open action or task, or <c>null</c> when none is open.</param>
/// <param name="Money">The allowance and contribution of the month shown.</param>
/// <param name="OpenTasks">The number of open task lines (a household task counts once).</param>
/// <param name="Flags">The review flags of the members' decisions (contract names: <c>school-age-child</c>, …).</param>
public sealed record CaseSummary(ImmutableArray<MemberStatus> Members, TaskLine? NextDeadline, MonthMoney Money, int OpenTasks, ImmutableArray<string> Flags);

/// <summary>One member's place in the transition.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="Path">The path of the latest decision (contract names), or <c>null</c> without a decision.</param>
/// <param name="Status"><c>decided</c> or <c>pending</c>, or <c>null</c> without a decision.</param>
/// <param name="Flags">The decision's review flags (contract names).</param>
public sealed record MemberStatus(string PersonId, string? Path, string? Status, ImmutableArray<string> Flags);

/// <summary>The household's allowance and own contribution of a month, summed over its allowance households.</summary>
/// <param name="Month">The month.</param>
/// <param name="Allowance">Living allowance, in euros.</param>
/// <param name="Contribution">Own contribution, in euros.</param>
/// <param name="Source"><c>run</c> (as the stored monthly run paid it) or <c>calculation</c> (calculated now from the current facts: no run yet).</param>
/// <param name="RunNumber">The monthly run's number when <paramref name="Source"/> is <c>run</c>.</param>
public sealed record MonthMoney(YearMonth Month, decimal Allowance, decimal Contribution, string Source, int? RunNumber);

/// <summary>
/// One line of the household's tasks: the same task (code, owner, due date and status) of several members is one line
/// naming them, so a household task (social assistance, housing) appears once.
/// </summary>
/// <param name="TaskIds">The stored tasks behind the line.</param>
/// <param name="Code">The task's code (<see cref="Overgang.Rules.Transition.TaskTexts"/>), or <c>null</c> for a task stored as text only.</param>
/// <param name="Text">The stored English text (when there is no code).</param>
/// <param name="Kind"><c>action</c> or <c>follow-up</c>.</param>
/// <param name="Owner"><c>person</c>, <c>ind</c>, <c>municipality</c> or <c>insurer</c>.</param>
/// <param name="Due">When it is due.</param>
/// <param name="Status"><c>open</c> or <c>done</c>.</param>
/// <param name="PersonIds">The members it applies to.</param>
/// <param name="WholeHousehold">Whether it applies to every member with a decision.</param>
public sealed record TaskLine(ImmutableArray<long> TaskIds, string? Code, string Text, string Kind, string Owner, LocalDate Due, string Status, ImmutableArray<string> PersonIds, bool WholeHousehold);

/// <summary>What one monthly allowance run paid an allowance household of this household.</summary>
/// <param name="Month">The month.</param>
/// <param name="RunId">The run.</param>
/// <param name="RunNumber">The run's number among the month's runs.</param>
/// <param name="Part">The allowance household's number within the household (1, 2, …).</param>
/// <param name="Members">How many persons it counted.</param>
/// <param name="Outcome">The run's outcome.</param>
/// <param name="Allowance">Living allowance, in euros.</param>
/// <param name="Contribution">Own contribution, in euros.</param>
public sealed record PaymentMonthView(YearMonth Month, long RunId, int RunNumber, int Part, int Members, string Outcome, decimal Allowance, decimal Contribution);
