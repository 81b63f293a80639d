using System.Collections.Immutable;
using NodaTime;
using Overgang.Web.Decisions;
using Overgang.Web.Outlook;

namespace Overgang.Web.Households;

/// <summary>A registered household as a case file: summary, members, the month's allowance (live and as last paid), decisions, tasks, payments and history.</summary>
/// <param name="Id">The household.</param>
/// <param name="MunicipalityCode">Its municipality.</param>
/// <param name="Month">The month of the allowance.</param>
/// <param name="Members">The members.</param>
/// <param name="Allowance">The allowance calculated now from the current facts.</param>
/// <param name="StoredPayments">What the last allowance run of the month stored.</param>
/// <param name="Decisions">The latest stored transition decision of each member.</param>
/// <param name="Tasks">The tasks of those decisions, one per member and task as stored.</param>
/// <param name="History">The latest changes to the household's facts and records (not reads), newest first.</param>
/// <param name="Outlook">What the household lives on from this month until March 2028 and what changes, with today's facts; <c>null</c> when the last day of protection is unknown.</param>
/// <param name="MunicipalityName">The municipality's name.</param>
/// <param name="Summary">The summary at the top of the case file.</param>
/// <param name="TaskLines">The tasks that are work, de-duplicated over the members (see <see cref="TaskLine"/>), earliest first.</param>
/// <param name="Information">What the decisions state without being work (no civic-integration obligation, statutory tuition), de-duplicated likewise.</param>
/// <param name="Payments">What every stored monthly run paid the household, newest month first.</param>
/// <param name="Reads">Who viewed the household's records, newest first: only when asked for (<c>reads=true</c>), else empty.</param>
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
    OutlookView? Outlook,
    string MunicipalityName,
    CaseSummary Summary,
    ImmutableArray<TaskLine> TaskLines,
    ImmutableArray<TaskLine> Information,
    ImmutableArray<PaymentMonthView> Payments,
    ImmutableArray<HistoryView> Reads)
{
    /// <summary>The members whose facts changed after their latest stored decision was made (it predates the change until the decisions are run again).</summary>
    public ImmutableArray<FactsChangedView> ChangedSinceDecision { get; init; } = [];

    /// <summary>The relations within the household, current and ended (with their days), partnerships first.</summary>
    public ImmutableArray<RelationLine> Relations { get; init; } = [];
}
