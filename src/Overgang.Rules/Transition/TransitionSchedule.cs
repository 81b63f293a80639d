using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Overgang.Rules.Parameters;

namespace Overgang.Rules.Transition;

/// <summary>The transition parameters in force on one decision date, read once and shared by every person decided on it.</summary>
/// <remarks>
/// Every date and duration the decision uses comes from here, so the rule code holds no date literals. Reading fails
/// as a value (<see cref="MissingParameter"/>) when any parameter is unknown on the date: a transition decision needs
/// all of them, and nothing is decided from a partial set. References and date texts are formatted once here so that
/// deciding many persons allocates little.
/// </remarks>
public sealed class TransitionSchedule
{
    private TransitionSchedule(LocalDate date, string version)
    {
        Date = date;
        ParameterVersion = version;
    }

    /// <summary>The decision date.</summary>
    public LocalDate Date { get; }

    /// <summary>The version of the parameter tree the schedule was read from.</summary>
    public string ParameterVersion { get; }

    /// <summary>The last day of temporary protection; pre-end actions are due on it.</summary>
    public LocalDate ProtectionLastDay { get; private init; }

    /// <summary>The first day of validity of a transition document.</summary>
    public LocalDate DocumentFirstDay { get; private init; }

    /// <summary>The last day of validity: the first day plus the duration, minus one day (inclusive range).</summary>
    public LocalDate DocumentLastDay { get; private init; }

    /// <summary>The duration of a transition document.</summary>
    public Period DocumentDuration { get; private init; } = Period.Zero;

    /// <summary>The last day on which protection may have started for the transition document.</summary>
    public LocalDate CutOff { get; private init; }

    /// <summary>Whether the cut-off date is a provisional value.</summary>
    public bool CutOffIsProvisional { get; private init; }

    /// <summary>The last day of protection for third-country nationals with only temporary Ukrainian residence.</summary>
    public LocalDate TcnLastDay { get; private init; }

    /// <summary>The day by which such a third-country national must have left (the departure term after the last day).</summary>
    public LocalDate TcnDepartureDue { get; private init; }

    /// <summary>The last day of reception for return-programme participants (the reception year after protection ends).</summary>
    public LocalDate ReceptionLastDay { get; private init; }

    /// <summary>Whether the reception year is a provisional value.</summary>
    public bool ReceptionIsProvisional { get; private init; }

    /// <summary>The first day on which holders pay statutory tuition.</summary>
    public LocalDate TuitionFrom { get; private init; }

    /// <summary>Youngest age of a holder who gets the statutory-tuition task, in whole years on <see cref="TuitionFrom"/> (or the decision date when later).</summary>
    public int TuitionMinimumAge { get; private init; }

    /// <summary>Whether the tuition minimum age is a provisional value.</summary>
    public bool TuitionMinimumAgeIsProvisional { get; private init; }

    /// <summary>Youngest age of a school-age child, in whole years on the decision date.</summary>
    public int SchoolAgeMinimum { get; private init; }

    /// <summary>Oldest age of a school-age child, in whole years on the decision date.</summary>
    public int SchoolAgeMaximum { get; private init; }

    /// <summary>The age from which a person is an adult.</summary>
    public int AgeOfMajority { get; private init; }

    /// <summary>The last day of the school year in which protection ends: the longest a school-year stay lasts.</summary>
    public LocalDate SchoolYearLastDay { get; private init; }

    /// <summary>Whether that last day is a provisional value (the project's own assumption).</summary>
    public bool SchoolYearLastDayIsProvisional { get; private init; }

    /// <summary>Days before a transitional stay ends on which the IND's follow-up is due.</summary>
    public int StayLeadDays { get; private init; }

    /// <summary>The birth dates of a child of school age on the decision date (for a list of households to review; the flag itself is the decider's).</summary>
    public DateInterval SchoolAgeBirthDates => new(Date.PlusYears(-(SchoolAgeMaximum + 1)).PlusDays(1), Date.PlusYears(-SchoolAgeMinimum));

    /// <summary>True when the decision date is after the last day of protection.</summary>
    public bool ProtectionHasEnded => Date > ProtectionLastDay;

    internal ReasonCache Cache { get; private set; } = null!;

    internal DatedValue HealthInsuranceDue { get; private init; }

    internal DatedValue SocialAssistanceDue { get; private init; }

    internal DatedValue HousingDue { get; private init; }

    internal string RefRegistration { get; private init; } = "";

    internal string RefTcn { get; private init; } = "";

    internal string RefPermit { get; private init; } = "";

    internal string RefReturn { get; private init; } = "";

    internal string RefReturnDeparture { get; private init; } = "";

    internal string RefCutOff { get; private init; } = "";

    internal string RefDocument { get; private init; } = "";

    internal string RefAsylumProcedure { get; private init; } = "";

    internal string RefCare { get; private init; } = "";

    internal string RefIncome { get; private init; } = "";

    internal string RefHousing { get; private init; } = "";

    internal string RefTuition { get; private init; } = "";

    internal string RefIntegration { get; private init; } = "";

    internal string RefStayMedical { get; private init; } = "";

    internal string RefStaySchoolYear { get; private init; } = "";

    internal string SchoolYearLastDayText { get; private init; } = "";

    internal string ProtectionLastDayText { get; private init; } = "";

    internal string CutOffText { get; private init; } = "";

    internal string TcnLastDayText { get; private init; } = "";

    internal string ReceptionLastDayText { get; private init; } = "";

    /// <summary>The parameters a schedule reads: two trees with the same values of these on a date give the same decisions.</summary>
    public static IReadOnlyList<string> ParameterIds => _allIds;

    /// <summary>Reads the schedule for a date, or names the first parameter that is unknown on it.</summary>
    public static bool TryFor(ParameterTree tree, LocalDate date, [NotNullWhen(true)] out TransitionSchedule? schedule, [NotNullWhen(false)] out MissingParameter? missing)
    {
        ArgumentNullException.ThrowIfNull(tree);
        schedule = null;
        MissingParameter? first = null;
        var read = new Dictionary<string, ParameterValue>(StringComparer.Ordinal);
        foreach (var id in _ids)
        {
            if (tree.TryRead(id, date, out var value, out var problem))
            {
                read[id] = value;
            }
            else
            {
                first ??= problem;
            }
        }

        // The school year in which protection ends: read on the last day of protection, whatever the decision date.
        if (read.TryGetValue(LastDayId, out var protectionEnd))
        {
            if (tree.TryRead(SchoolYearLastDayId, protectionEnd.Date, out var schoolYear, out var schoolYearProblem))
            {
                read[SchoolYearLastDayId] = schoolYear;
            }
            else
            {
                first ??= schoolYearProblem;
            }
        }

        if (first is not null)
        {
            missing = first;
            return false;
        }

        string Cite(string sourceId) => tree.Sources[sourceId].Cite;
        string Tag(string id) => $"[{id} from {Iso(read[id].From)}{(read[id].IsProvisional ? ", provisional" : "")}]";
        var lastDay = read[LastDayId].Date;
        var firstDay = read[FirstDayId].Date;
        var duration = Period.FromYears((int)read[DurationId].Number);
        var tcnLastDay = read[TcnLastDayId].Date;
        var receptionLastDay = lastDay.Plus(Period.FromYears((int)read[ReceptionYearsId].Number));
        DatedValue Due(string id) => new(read[id].Date, read[id].IsProvisional);
        schedule = new TransitionSchedule(date, tree.Version)
        {
            ProtectionLastDay = lastDay,
            DocumentFirstDay = firstDay,
            DocumentDuration = duration,
            DocumentLastDay = firstDay.Plus(duration).PlusDays(-1),
            CutOff = read[CutOffId].Date,
            CutOffIsProvisional = read[CutOffId].IsProvisional,
            TcnLastDay = tcnLastDay,
            TcnDepartureDue = tcnLastDay.PlusDays((int)read[DepartureTermId].Number),
            ReceptionLastDay = receptionLastDay,
            ReceptionIsProvisional = read[ReceptionYearsId].IsProvisional,
            TuitionFrom = read[TuitionId].Date,
            TuitionMinimumAge = (int)read[TuitionAgeId].Number,
            TuitionMinimumAgeIsProvisional = read[TuitionAgeId].IsProvisional,
            SchoolAgeMinimum = (int)read[SchoolMinId].Number,
            SchoolAgeMaximum = (int)read[SchoolMaxId].Number,
            AgeOfMajority = (int)read[MajorityId].Number,
            HealthInsuranceDue = Due(HealthId),
            SocialAssistanceDue = Due(SocialId),
            HousingDue = Due(HousingId),
            RefRegistration = Cite("T13"),
            RefTcn = $"{Cite("T6")} {Tag(TcnLastDayId)}",
            RefPermit = $"{Cite("T14")} {Tag(LastDayId)}",
            RefReturn = Cite("T15"),
            RefReturnDeparture = $"{Cite("T15")}; {Cite("T7")} {Tag(ReceptionYearsId)}",
            RefCutOff = $"{Cite("T4")}; {Cite(read[CutOffId].SourceId)} {Tag(CutOffId)}",
            RefDocument = $"{Cite("T4")}",
            RefAsylumProcedure = $"{Cite("T16")} {Tag(LastDayId)}",
            RefCare = $"{Cite("T10")} {Tag(HealthId)}",
            RefIncome = $"{Cite("T11")} {Tag(SocialId)}",
            RefHousing = $"{Cite("T12")} {Tag(HousingId)}",
            RefTuition = $"{Cite("T8")} {Tag(TuitionId)}; {Cite("T19")} {Tag(TuitionAgeId)}",
            RefIntegration = Cite("T18"),
            SchoolYearLastDay = read[SchoolYearLastDayId].Date,
            SchoolYearLastDayIsProvisional = read[SchoolYearLastDayId].IsProvisional,
            StayLeadDays = (int)read[StayLeadDaysId].Number,
            RefStayMedical = $"{Cite("TS1")}; {Cite("TS4")} {Tag(StayLeadDaysId)}",
            RefStaySchoolYear = $"{Cite("TS2")}; {Cite("TS3")} {Tag(SchoolYearLastDayId)}; {Cite("TS4")} {Tag(StayLeadDaysId)}",
            SchoolYearLastDayText = Iso(read[SchoolYearLastDayId].Date),
            ProtectionLastDayText = Iso(lastDay),
            CutOffText = Iso(read[CutOffId].Date),
            TcnLastDayText = Iso(tcnLastDay),
            ReceptionLastDayText = Iso(receptionLastDay),
        };
        schedule.Cache = new ReasonCache(schedule);
        missing = null;
        return true;
    }

    /// <summary>The date as <c>YYYY-MM-DD</c> (years 0001-9999), written digit by digit: this runs once per person decided.</summary>
    internal static string Iso(LocalDate date) => string.Create(10, date, static (span, d) =>
    {
        var year = d.Year;
        span[0] = (char)('0' + (year / 1000 % 10));
        span[1] = (char)('0' + (year / 100 % 10));
        span[2] = (char)('0' + (year / 10 % 10));
        span[3] = (char)('0' + (year % 10));
        span[4] = '-';
        span[5] = (char)('0' + (d.Month / 10));
        span[6] = (char)('0' + (d.Month % 10));
        span[7] = '-';
        span[8] = (char)('0' + (d.Day / 10));
        span[9] = (char)('0' + (d.Day % 10));
    });

    internal const string LastDayId = "transition.protection.last-day";
    internal const string FirstDayId = "transition.document.first-day";
    internal const string DurationId = "transition.document.duration";
    internal const string CutOffId = "transition.document.cut-off";
    internal const string TcnLastDayId = "transition.tcn.protection-last-day";
    internal const string DepartureTermId = "transition.tcn.departure-term";
    internal const string ReceptionYearsId = "transition.return.reception-years";
    internal const string TuitionId = "transition.tuition.from";
    internal const string TuitionAgeId = "transition.tuition.minimum-age";
    internal const string SchoolMinId = "transition.school-age.minimum";
    internal const string SchoolMaxId = "transition.school-age.maximum";
    internal const string MajorityId = "household.age-of-majority";
    internal const string HealthId = "transition.task.health-insurance.due";
    internal const string SocialId = "transition.task.social-assistance.due";
    internal const string HousingId = "transition.task.housing.due";
    internal const string SchoolYearLastDayId = "transitional-stay.school-year.last-day";
    internal const string StayLeadDaysId = "transitional-stay.follow-up.lead-days";

    private static readonly string[] _ids =
    [
        LastDayId, FirstDayId, DurationId, CutOffId, TcnLastDayId, DepartureTermId, ReceptionYearsId, TuitionId, TuitionAgeId,
        SchoolMinId, SchoolMaxId, MajorityId, HealthId, SocialId, HousingId, StayLeadDaysId,
    ];

    private static readonly string[] _allIds = [.. _ids, SchoolYearLastDayId];
}
