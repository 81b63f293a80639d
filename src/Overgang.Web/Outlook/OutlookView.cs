using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Web.Outlook;

/// <summary>
/// What a registered household lives on from this month until the end of the reception year after protection, month by month as
/// the allowance run would calculate it with today's facts, and what changes between the months.
/// </summary>
/// <param name="From">The first month (this month).</param>
/// <param name="Until">The last month.</param>
/// <param name="ProtectionLastDay">The last day of temporary protection.</param>
/// <param name="Households">One track per allowance household, followed through the months by one of its members.</param>
public sealed record OutlookView(YearMonth From, YearMonth Until, LocalDate ProtectionLastDay, ImmutableArray<OutlookTrack> Households);

/// <summary>One allowance household followed through the months: the allowance household its lead member is in each month.</summary>
/// <param name="Lead">The member followed.</param>
/// <param name="Months">Every month from the first in which the lead is in the scheme.</param>
/// <param name="Periods">The same months, consecutive months that hold the same collapsed into one period.</param>
/// <param name="Changes">What changes from one month to the next, earliest first.</param>
public sealed record OutlookTrack(string Lead, ImmutableArray<OutlookMonth> Months, ImmutableArray<OutlookPeriod> Periods, ImmutableArray<OutlookChange> Changes);

/// <summary>What holds for an allowance household in one month, from the rules' calculation.</summary>
/// <param name="Month">The month (calculated on its first day).</param>
/// <param name="Key">The payment key <c>householdId#n</c>, or <c>null</c> when the member is not in the scheme.</param>
/// <param name="Members">The members counted.</param>
/// <param name="Outcome"><c>calculated</c>, <c>ended-absence</c>, <c>not-calculable</c>, <c>invalid-relations</c> or <c>not-in-scheme</c>.</param>
/// <param name="Provision"><c>allowance</c>, <c>social-assistance</c> or <c>ended</c> when calculated, else <c>null</c>.</param>
/// <param name="Allowance">Living allowance payable, in euros.</param>
/// <param name="Contribution">Own contribution due, in euros.</param>
/// <param name="SocialAssistance">The estimated social assistance, in euros, for a household on social assistance; else <c>null</c>.</param>
/// <param name="HealthInsurance">The obligation to take out basic health insurance, once it holds; else <c>null</c>.</param>
/// <param name="ProvisionalParameters">The provisional parameters the calculation used: its values are provisional.</param>
/// <param name="Problem">Why the month could not be calculated (the refused field and reason), else <c>null</c>.</param>
public sealed record OutlookMonth(
    YearMonth Month,
    string? Key,
    ImmutableArray<string> Members,
    string Outcome,
    string? Provision,
    decimal Allowance,
    decimal Contribution,
    decimal? SocialAssistance,
    OutlookHealthInsurance? HealthInsurance,
    ImmutableArray<string> ProvisionalParameters,
    string? Problem)
{
    /// <summary>Whether the values of the month rest on provisional parameters.</summary>
    public bool Provisional => !ProvisionalParameters.IsDefaultOrEmpty;
}

/// <summary>Consecutive months in which the same holds.</summary>
/// <param name="From">The first month.</param>
/// <param name="Until">The last month.</param>
/// <param name="Outcome">As in <see cref="OutlookMonth.Outcome"/>.</param>
/// <param name="Provision">As in <see cref="OutlookMonth.Provision"/>.</param>
/// <param name="Members">The number of members counted.</param>
/// <param name="Allowance">Living allowance per month, in euros.</param>
/// <param name="Contribution">Own contribution per month, in euros.</param>
/// <param name="SocialAssistance">Estimated social assistance per month, in euros, or <c>null</c>.</param>
/// <param name="HealthInsurance">Whether the obligation to take out basic health insurance holds.</param>
/// <param name="HealthInsurancePremium">The estimated health-insurance premium per month once the obligation holds, or <c>null</c>.</param>
/// <param name="Provisional">Whether any month of the period rests on provisional parameters.</param>
public sealed record OutlookPeriod(YearMonth From, YearMonth Until, string Outcome, string? Provision, int Members, decimal Allowance, decimal Contribution, decimal? SocialAssistance, bool HealthInsurance, decimal? HealthInsurancePremium, bool Provisional);

/// <summary>Something that changes from the month before to <paramref name="Month"/>.</summary>
/// <param name="Month">The first month in which the change holds.</param>
/// <param name="Kind">
/// <c>allowance-stops</c>, <c>allowance-changes</c>, <c>social-assistance-starts</c>, <c>social-assistance-changes</c>,
/// <c>social-assistance-stops</c>, <c>contribution-starts</c>, <c>contribution-continues</c>, <c>contribution-changes</c>,
/// <c>contribution-stops</c>, <c>health-insurance-starts</c>, <c>provisions-end</c>, <c>separate-household</c> or
/// <c>not-calculable</c>.
/// </param>
/// <param name="Reason">
/// Why, where the kind has reasons: <c>hand-over</c>, <c>departure</c>, <c>asylum-reception</c>, <c>other-status</c>,
/// <c>absence</c>, <c>not-in-scheme</c>, <c>members</c>; for <c>not-calculable</c> the refused field (such as
/// <c>persons[0].path</c>); for <c>separate-household</c> the provision.
/// </param>
/// <param name="Amount">The amount per month from <paramref name="Month"/>, in euros, where there is one.</param>
/// <param name="Previous">The amount per month before, in euros, where there was one.</param>
/// <param name="Date">A day that belongs to the change: the start of the health-insurance obligation, the agreed departure.</param>
/// <param name="Provisional">Whether the change rests on provisional parameters.</param>
public sealed record OutlookChange(YearMonth Month, string Kind, string? Reason, decimal? Amount, decimal? Previous, LocalDate? Date, bool Provisional);

/// <summary>The household's obligation to take out basic health insurance (Zvw).</summary>
/// <param name="From">The first day of the obligation.</param>
/// <param name="InsuredAdults">Members who pay a premium.</param>
/// <param name="Premium">The estimated monthly premium of the household, in euros, or <c>null</c> when it is not known.</param>
public sealed record OutlookHealthInsurance(LocalDate From, int InsuredAdults, decimal? Premium);
