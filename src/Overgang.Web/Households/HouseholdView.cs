using System.Collections.Immutable;
using NodaTime;
using Overgang.Web.Decisions;
using Overgang.Web.Outlook;

namespace Overgang.Web.Households;

/// <summary>A registered household: members, the month's allowance (live and as last paid), decisions, tasks and history.</summary>
/// <param name="Id">The household.</param>
/// <param name="MunicipalityCode">Its municipality.</param>
/// <param name="Month">The month of the allowance.</param>
/// <param name="Members">The members.</param>
/// <param name="Allowance">The allowance calculated now from the current facts.</param>
/// <param name="StoredPayments">What the last allowance run of the month stored.</param>
/// <param name="Decisions">The latest stored transition decision of each member.</param>
/// <param name="Tasks">The tasks of those decisions.</param>
/// <param name="History">The latest audit entries about the household and its members, newest first.</param>
/// <param name="Outlook">What the household lives on from this month until March 2028 and what changes, with today's facts; <c>null</c> when the last day of protection is unknown.</param>
public sealed record HouseholdView(
    string Id,
    string MunicipalityCode,
    YearMonth Month,
    ImmutableArray<MemberView> Members,
    ImmutableArray<AllowanceView> Allowance,
    ImmutableArray<StoredPaymentView> StoredPayments,
    ImmutableArray<DecisionView> Decisions,
    ImmutableArray<TaskView> Tasks,
    ImmutableArray<HistoryView> History,
    OutlookView? Outlook);
