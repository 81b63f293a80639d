using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Registry.Population;

/// <summary>
/// Every figure the synthetic population is calibrated to, in one place, each with its source
/// (<c>../shared/domain/figures-nl.csv</c>, <c>policy-rules.md</c> §5, <c>clingendael-2024.md</c>, <c>clingendael-2025.md</c>).
/// </summary>
/// <remarks>
/// Shares are percentages of the population named in the description. Figures marked as assumptions have no published
/// source; they are chosen to be plausible and are shown as such in the summary and in <c>docs/population.md</c>.
/// </remarks>
public static class Calibration
{
    /// <summary>Persons registered in the BRP under temporary protection on 2 November 2025: the default population size.</summary>
    /// <remarks>figures-nl.csv 2025-11-02 brp_registered_tp 135010 (003:4).</remarks>
    public const int RegisteredPersons = 135_010;

    /// <summary>Inhabitants of the Netherlands on 1 January 2024 (CBS, rounded): the weight of all municipalities together.</summary>
    /// <remarks>CBS StatLine, population on 1 January 2024: 17.94 million (rounded to thousands; not in the shared sources).</remarks>
    public const int NationalPopulation = 17_942_000;

    /// <summary>The date the population describes: the date of the latest BRP count (figures-nl.csv 2025-11-02).</summary>
    public static LocalDate PopulationDate { get; } = new(2025, 11, 2);

    /// <summary>First day temporary protection could start (Council implementing decision of 4 March 2022; policy-rules.md §3 A).</summary>
    public static LocalDate ProtectionStart { get; } = new(2022, 3, 4);

    /// <summary>
    /// First and last month with a monthly income: the last six months of protection (to 2027-03, transition-paths.md),
    /// which include the month the registry was built (November 2026). Working status is measured in the first month.
    /// </summary>
    /// <remarks>Six months rather than all months since 2022 keeps the load fast (one income row per worker per month).</remarks>
    public static (LocalDate First, LocalDate Last) IncomeMonths { get; } = (new LocalDate(2026, 10, 1), new LocalDate(2027, 3, 1));

    /// <summary>
    /// The last month with a generated income row: after the calibrated <see cref="IncomeMonths"/> every earning person
    /// keeps an income (the last amount with a small drift) through March 2028, the end of the reception year, so that the
    /// monthly runs after protection ends see the same earners.
    /// </summary>
    public static LocalDate IncomesCarriedThrough { get; } = new(2028, 3, 1);

    /// <summary>
    /// The span of signed return commitments' departure dates: from the day after protection ends, mostly up to
    /// <see cref="ReturnDepartureDeadline"/>, a few (5%) later up to the end of June 2028 to exercise the reception-year cap.
    /// </summary>
    public static (LocalDate First, LocalDate Last) ReturnDepartures { get; } = (new LocalDate(2027, 3, 5), new LocalDate(2028, 6, 30));

    /// <summary>Last day of the reception year after protection ends, the latest departure date of the return programme (transition-paths.md).</summary>
    public static LocalDate ReturnDepartureDeadline { get; } = new(2028, 3, 4);

    /// <summary>Persons in municipal reception (with or without catering).</summary>
    public static CalibrationTarget MunicipalReception { get; } = new("reception.municipal", "persons in municipal reception", 75.0, "%", 2.0,
        "policy-rules.md §5.1: ~three quarters in municipal reception, Nov 2025 (003:58)", true);

    /// <summary>Persons with a host family (private reception).</summary>
    public static CalibrationTarget PrivateReception { get; } = new("reception.private", "persons with a host family", 8.0, "%", 1.5,
        "clingendael-2025.md §3.3: 8% living with a host family, end 2023 (001:1628-1629)", true);

    /// <summary>Persons in COA reception: 800 of the 115,000 present on 1 July 2024.</summary>
    public static CalibrationTarget CoaReception { get; } = new("reception.coa", "persons in COA reception", 100.0 * 800 / 115_000, "%", 0.3,
        "figures-nl.csv 2024-07-01 coa_reception_persons 800 / present_in_nl_cbs 115000 (001:1631-1632, 001:1596-1597)", true);

    /// <summary>Persons in their own home: the rest, so that private and own home together are the quarter of policy 003:81.</summary>
    public static CalibrationTarget OwnHome { get; } = new("reception.own-home", "persons in their own home", 100.0 - 75.0 - 8.0 - (100.0 * 800 / 115_000), "%", 2.0,
        "derived: 100 - municipal - host family - COA; with host families the ~25% private of policy-rules.md §5.1 (003:81)", true);

    /// <summary>Occupancy of the reception locations.</summary>
    public static CalibrationTarget Occupancy { get; } = new("reception.occupancy", "occupied places / places in reception locations", 99.6, "%", 0.3,
        "figures-nl.csv 2025-01-17 reception_occupancy_pct 99.6 (004:21-22); also 2025-06-06 (001:1591-1592)", true);

    /// <summary>Persons of another nationality than Ukrainian (third-country nationals).</summary>
    public static CalibrationTarget ThirdCountryNationals { get; } = new("nationality.other", "persons of another nationality (third-country nationals)", 100.0 * 4_930 / 124_310, "%", 1.0,
        "figures-nl.csv 2025-01-19 brp_registered_tp_other_nationality 4930 / brp_registered_tp 124310 (004:30-33)", true);

    /// <summary>Third-country nationals with only a temporary Ukrainian residence permit: about 1,000 of 123,720.</summary>
    public static CalibrationTarget TemporaryResidence { get; } = new("residence.temporary", "persons with only temporary Ukrainian residence", 100.0 * 1_000 / 123_720, "%", 0.3,
        "clingendael-2025.md §3.3: about 1,000 persons, June 2025 (001:1732-1734) / figures-nl.csv 2025-06-06 brp_registered_tp 123720", true);

    /// <summary>Working-age adults (18-66) with an income from work in the month of the population date.</summary>
    public static CalibrationTarget Working { get; } = new("work.share", "adults aged 18-66 working (first income month)", 61.0, "%", 2.0,
        "policy-rules.md §5.1: share of adults working 61%, Nov 2025 (003:23, 003:46)", true);

    /// <summary>Men among all persons.</summary>
    public static CalibrationTarget Men { get; } = new("sex.men", "men and boys", 38.0, "%", 2.0,
        "clingendael-2024.md: 38% men among those registered since the start, Nov 2023 (000:2280)", true);

    /// <summary>Men aged 15-65.</summary>
    public static CalibrationTarget MenOf15To65 { get; } = new("sex.men-15-65", "men aged 15-65", 28.0, "%", 2.5,
        "clingendael-2024.md: men aged 15-65 28% (22% a year earlier), Nov 2023 (000:2306-2307)", true);

    /// <summary>Children under 15.</summary>
    public static CalibrationTarget ChildrenUnder15 { get; } = new("age.under-15", "children under 15", 18.0, "%", 2.0,
        "clingendael-2024.md: children under 15 18% of the group, Nov 2023 (000:2303-2304)", true);

    /// <summary>Persons living alone (a registered household of one).</summary>
    public static CalibrationTarget LivingAlone { get; } = new("household.alone", "persons living alone", 40.0, "%", 3.0,
        "clingendael-2024.md: single-person share 40% (000:2335-2336)", true);

    /// <summary>Children (minor or adult) living with a parent.</summary>
    public static CalibrationTarget ChildAtHome { get; } = new("household.child", "children living with a parent", 22.0, "%", 3.0,
        "clingendael-2024.md: child living at home 22% (000:2335-2336)", true);

    /// <summary>Persons registered in Amsterdam, the largest hosting municipality.</summary>
    public static CalibrationTarget Amsterdam { get; } = new("municipality.amsterdam", "persons in Amsterdam", 5.2, "%", 1.0,
        "clingendael-2024.md: largest hosting municipalities Amsterdam 5.2%, Den Haag 3.6%, Rotterdam 2.5% (000:2428-2429)", true);

    /// <summary>Persons with a return commitment row (signed or not): the ~40,000 potential participants of 135,010.</summary>
    public static CalibrationTarget ReturnPotential { get; } = new("return.potential", "persons with a return commitment (signed or not)", 100.0 * 40_000 / RegisteredPersons, "%", 2.0,
        "policy-rules.md R-H8: ~40,000 potential return programme participants (003:74) / 135,010 registered (003:4)", true);

    /// <summary>Persons with a signed return commitment: those certain to leave within 24 months.</summary>
    public static CalibrationTarget ReturnSigned { get; } = new("return.signed", "persons with a signed return commitment", 2.0, "%", 0.5,
        "policy-rules.md §5.1: LOCOV 2% certain to leave NL within 24 months (004:110-112)", true);

    /// <summary>Persons also registered for temporary protection in a second member state.</summary>
    public static CalibrationTarget SecondMemberState { get; } = new("registration.other-state", "persons also registered in a second member state", 1.0, "%", 0.3,
        "assumption: no count published; the EU asks member states to refuse such registrations (002:210-218)", false);

    /// <summary>Adults whose public-order check is still pending.</summary>
    public static CalibrationTarget PublicOrderPending { get; } = new("check.public-order.pending", "adults with the public-order check pending", 7.0, "%", 1.0,
        "assumption: criteria undecided (transition-paths.md); the outcome is recorded per person (003:31)", false);

    /// <summary>Adults whose public-order check failed.</summary>
    public static CalibrationTarget PublicOrderFailed { get; } = new("check.public-order.failed", "adults with the public-order check failed", 0.2, "%", 0.15,
        "assumption: 'very few'; no figure published", false);

    /// <summary>Persons who withdrew their asylum application.</summary>
    public static CalibrationTarget AsylumWithdrawn { get; } = new("asylum.withdrawn", "persons who withdrew the asylum application", 12.0, "%", 2.0,
        "assumption: withdrawal is a condition for the transition document (003:32) and the return programme (004:181-184); no count published", false);

    /// <summary>Persons in medical treatment.</summary>
    public static CalibrationTarget MedicalTreatment { get; } = new("medical.treatment", "persons in medical treatment", 3.0, "%", 1.0,
        "assumption: flag for individual review (002:906-922); no count published", false);

    /// <summary>Adults aged 18-66 with another residence permit (work, study, family, research).</summary>
    public static CalibrationTarget OtherPermit { get; } = new("permit.other", "adults aged 18-66 with another residence permit", 1.5, "%", 0.5,
        "assumption: alternative statuses (002:800-834, 003:10); no count published", false);

    /// <summary>Persons in municipal or COA reception with an absence recorded.</summary>
    public static CalibrationTarget Absent { get; } = new("absence.any", "persons in reception with an absence", 3.0, "%", 1.0,
        "assumption: 28-day rule (004:335); no count published", false);

    /// <summary>Persons in municipal or COA reception with an absence longer than 28 days.</summary>
    public static CalibrationTarget AbsentOver28Days { get; } = new("absence.over-28", "persons in reception absent more than 28 days", 1.0, "%", 0.5,
        "assumption: 28-day rule (004:335); no count published", false);

    /// <summary>Municipal reception locations that provide meals.</summary>
    public static CalibrationTarget CateringLocations { get; } = new("location.catering", "municipal locations with catering", 15.0, "%", 5.0,
        "assumption: no count published; the own contribution differs with catering (allowance-parameters.md §4)", false);

    /// <summary>All targets, in the order of the summary.</summary>
    public static ImmutableArray<CalibrationTarget> Targets { get; } =
    [
        MunicipalReception, PrivateReception, CoaReception, OwnHome, Occupancy, CateringLocations,
        ThirdCountryNationals, TemporaryResidence, Men, MenOf15To65, ChildrenUnder15, LivingAlone, ChildAtHome, Amsterdam,
        Working, ReturnPotential, ReturnSigned, SecondMemberState,
        PublicOrderPending, PublicOrderFailed, AsylumWithdrawn, MedicalTreatment, OtherPermit, Absent, AbsentOver28Days,
    ];
}
