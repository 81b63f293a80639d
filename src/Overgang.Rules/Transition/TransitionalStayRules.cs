using System.Collections.Immutable;
using Ids = Overgang.Rules.Transition.TransitionRuleIds;

namespace Overgang.Rules.Transition;

/// <summary>
/// Transitional stays (issue 16; 002:906-934; docs/transitional-stays.md). A stay is a reviewed exception the IND decides
/// for a person in medical treatment, or for a household with a school-age child to complete the school year:
/// <list type="bullet">
/// <item>it requires its ground: a medical stay needs the medical-treatment flag, a school-year stay the school-age-child
/// flag; without it the stay is refused (an expected outcome, the decision is otherwise unchanged);</item>
/// <item>a school-year stay lasts at most until the last day of the school year in which protection ends
/// (<c>transitional-stay.school-year.last-day</c>, the project's provisional assumption);</item>
/// <item>a medical stay lasts until the end date the IND set: the sources give no maximum;</item>
/// <item>while it runs, the provisions continue as before protection ended and the path's consequences apply from the
/// day after it ends; the IND's follow-up is due <c>transitional-stay.follow-up.lead-days</c> before it ends.</item>
/// </list>
/// </summary>
public static class TransitionalStayRules
{
    /// <summary>Assesses a stay for a person, given the review flags the decision found (person and household).</summary>
    public static StayAssessment Assess(TransitionalStay stay, ReviewFlags flags, TransitionSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(stay);
        ArgumentNullException.ThrowIfNull(schedule);
        var s = schedule;
        var medical = stay.Kind == StayKind.MedicalTreatment;
        var reference = medical ? s.RefStayMedical : s.RefStaySchoolYear;
        var facts = ImmutableArray.CreateBuilder<Fact>(5);
        facts.Add(new("transitionalStay.kind", medical ? "medical-treatment" : "school-year"));
        facts.Add(new("transitionalStay.from", TransitionSchedule.Iso(stay.From)));
        facts.Add(new("transitionalStay.until", TransitionSchedule.Iso(stay.Until)));
        if (!medical)
        {
            facts.Add(new(TransitionSchedule.SchoolYearLastDayId, s.SchoolYearLastDayText));
        }

        var ground = medical ? (flags & ReviewFlags.MedicalTreatment) != 0 : (flags & ReviewFlags.SchoolAgeChild) != 0;
        if (!ground)
        {
            return new(stay.Kind, false, stay.Until, null, new(Ids.TransitionalStay, reference, medical ? NoMedicalGround : NoSchoolAgeChild, false, facts.ToImmutable()));
        }

        if (stay.Until < stay.From)
        {
            return new(stay.Kind, false, stay.Until, null, new(Ids.TransitionalStay, reference, EndsBeforeStart, false, facts.ToImmutable()));
        }

        var capped = !medical && stay.Until > s.SchoolYearLastDay;
        var until = capped ? s.SchoolYearLastDay : stay.Until;
        var review = until.PlusDays(-s.StayLeadDays);
        facts.Add(new("transitionalStay.lastDay", TransitionSchedule.Iso(until)));
        facts.Add(new("transitionalStay.consequencesFrom", TransitionSchedule.Iso(until.PlusDays(1))));
        facts.Add(new("transitionalStay.reviewDue", TransitionSchedule.Iso(review)));
        facts.Add(new(TransitionSchedule.StayLeadDaysId, s.StayLeadDays.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var text = medical ? MedicalGranted : capped ? SchoolYearCapped : SchoolYearGranted;
        return new(stay.Kind, true, until, review, new(Ids.TransitionalStay, reference, text, true, facts.ToImmutable()));
    }

    /// <summary>A granted medical stay.</summary>
    public const string MedicalGranted = "reviewed: transitional stay for medical treatment until its last day (transitionalStay.lastDay); reception and the living allowance continue as before protection ended and the consequences of the path apply from the day after; the IND follows up before it ends";

    /// <summary>A granted school-year stay.</summary>
    public const string SchoolYearGranted = "reviewed: transitional stay to complete the school year until its last day (transitionalStay.lastDay); reception and the living allowance continue as before protection ended and the consequences of the path apply from the day after; the IND follows up before it ends";

    /// <summary>A school-year stay asked beyond the school year: it ends with the school year.</summary>
    public const string SchoolYearCapped = "reviewed: transitional stay to complete the school year, shortened to the last day of the school year in which protection ends (transitionalStay.lastDay); reception and the living allowance continue as before protection ended and the consequences of the path apply from the day after; the IND follows up before it ends";

    /// <summary>A medical stay without medical treatment.</summary>
    public const string NoMedicalGround = "transitional stay refused: the person is not recorded as undergoing medical treatment, so there is no ground for a medical stay; the consequences of the path apply as decided";

    /// <summary>A school-year stay without a school-age child.</summary>
    public const string NoSchoolAgeChild = "transitional stay refused: the household has no child of school age, so there is no ground for a school-year stay; the consequences of the path apply as decided";

    /// <summary>A stay whose last day is before its first.</summary>
    public const string EndsBeforeStart = "transitional stay refused: its last day is before its first day";

    /// <summary>The fixed strings of the stay's reasons (rule id, texts, fact names), for the stored-decision table.</summary>
    public static IReadOnlyList<string> StoredStrings { get; } =
    [
        Ids.TransitionalStay, MedicalGranted, SchoolYearGranted, SchoolYearCapped, NoMedicalGround, NoSchoolAgeChild, EndsBeforeStart,
        "transitionalStay.kind", "transitionalStay.from", "transitionalStay.until", "transitionalStay.lastDay", "transitionalStay.consequencesFrom",
        "transitionalStay.reviewDue", "medical-treatment", "school-year", TransitionSchedule.SchoolYearLastDayId, TransitionSchedule.StayLeadDaysId,
    ];

    /// <summary>
    /// The decision with a granted stay applied: the stay's reason added, and every follow-up task due before the stay
    /// ends moved to the day after it (the path's consequences start then). A refused stay only adds its reason.
    /// </summary>
    public static TransitionDecision Apply(TransitionDecision decision, StayAssessment stay)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(stay);
        var reasons = decision.Reasons.Add(stay.Why);
        if (!stay.Granted)
        {
            return decision with { Reasons = reasons, Stay = stay };
        }

        var from = stay.ConsequencesFrom;
        var tasks = decision.Tasks.IsDefaultOrEmpty
            ? decision.Tasks
            : [.. decision.Tasks.Select(t => t.Due is { } due && due < from ? t with { Due = from } : t)];
        return decision with { Reasons = reasons, Tasks = tasks, Stay = stay };
    }
}
