using NodaTime;
using Overgang.Rules.Allowance;
using Overgang.Rules.Parameters;

namespace Overgang.Rules.Provisions;

/// <summary>The parameters of the provisions after protection ends, read once for a date (part of an <see cref="AllowanceSchedule"/>).</summary>
internal sealed class ProvisionSchedule
{
    internal const string ContributionFull = "full";
    internal const string ReadingRegisteredHousehold = "registered-household";

    public ProvisionSchedule(ParameterTree tree, LocalDate date)
    {
        ResolvedParameter Read(string id) => new(tree, id, date);
        ProtectionLastDay = Read("transition.protection.last-day");
        ReceptionYears = Read("transition.return.reception-years");
        Cohort1ArrivedUntil = Read("provisions.hand-over.cohort-1.arrived-until");
        Cohort1Date = Read("provisions.hand-over.cohort-1.date");
        Cohort2ArrivedUntil = Read("provisions.hand-over.cohort-2.arrived-until");
        Cohort2Date = Read("provisions.hand-over.cohort-2.date");
        LastHandOver = Read("provisions.hand-over.last-date");
        AsylumFrom = Read("provisions.asylum.coa-from");
        EndedFrom = Read("provisions.ended.first-day");
        WithdrawalMonths = Read("provisions.return.withdrawal-months");
        ContributionAfterHandOver = Read("provisions.after-hand-over.contribution");
        CostSharerReading = Read("social-assistance.cost-sharers.reading");
        Married = Read("social-assistance.norm.married");
        PensionMarried = Read("social-assistance.norm.pension-age.married");
        PensionSingle = Read("social-assistance.norm.pension-age.single");
        YouthSingle = Read("social-assistance.norm.youth.single");
        YouthSingleParent = Read("social-assistance.norm.youth.single-parent");
        YouthCouple = Read("social-assistance.norm.youth.couple");
        BasePercent = Read("social-assistance.cost-sharer.base-percent");
        PerSharerPercent = Read("social-assistance.cost-sharer.per-sharer-percent");
        CostSharerAge = Read("social-assistance.cost-sharer.minimum-age");
        AdultAge = Read("social-assistance.adult-age");
        PensionAgeMonths = Read("social-assistance.pension-age");
        ZvwFrom = Read("health-insurance.zvw.from");
        InsuredAge = Read("health-insurance.insured-age");
        Premium = Read("health-insurance.nominal-premium");
    }

    public ResolvedParameter ProtectionLastDay { get; }

    public ResolvedParameter ReceptionYears { get; }

    public ResolvedParameter Cohort1ArrivedUntil { get; }

    public ResolvedParameter Cohort1Date { get; }

    public ResolvedParameter Cohort2ArrivedUntil { get; }

    public ResolvedParameter Cohort2Date { get; }

    public ResolvedParameter LastHandOver { get; }

    public ResolvedParameter AsylumFrom { get; }

    public ResolvedParameter EndedFrom { get; }

    public ResolvedParameter WithdrawalMonths { get; }

    public ResolvedParameter ContributionAfterHandOver { get; }

    public ResolvedParameter CostSharerReading { get; }

    public ResolvedParameter Married { get; }

    public ResolvedParameter PensionMarried { get; }

    public ResolvedParameter PensionSingle { get; }

    public ResolvedParameter YouthSingle { get; }

    public ResolvedParameter YouthSingleParent { get; }

    public ResolvedParameter YouthCouple { get; }

    public ResolvedParameter BasePercent { get; }

    public ResolvedParameter PerSharerPercent { get; }

    public ResolvedParameter CostSharerAge { get; }

    public ResolvedParameter AdultAge { get; }

    public ResolvedParameter PensionAgeMonths { get; }

    public ResolvedParameter ZvwFrom { get; }

    public ResolvedParameter InsuredAge { get; }

    public ResolvedParameter Premium { get; }

    /// <summary>
    /// True when protection has ended on the date: the date is after the last day of protection. Before the first
    /// value of that parameter (decisions dated before 2025) no end of protection had been set, so it has not ended.
    /// </summary>
    public bool ProtectionEnded(LocalDate date) => ProtectionLastDay.Value is { } last && date > last.Date;

    public IEnumerable<ResolvedParameter> All() =>
    [
        ProtectionLastDay, ReceptionYears, Cohort1ArrivedUntil, Cohort1Date, Cohort2ArrivedUntil, Cohort2Date, LastHandOver, AsylumFrom, EndedFrom,
        WithdrawalMonths, ContributionAfterHandOver, CostSharerReading, Married, PensionMarried, PensionSingle, YouthSingle, YouthSingleParent,
        YouthCouple, BasePercent, PerSharerPercent, CostSharerAge, AdultAge, PensionAgeMonths, ZvwFrom, InsuredAge, Premium,
    ];
}
