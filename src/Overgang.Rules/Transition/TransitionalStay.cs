using NodaTime;

namespace Overgang.Rules.Transition;

/// <summary>What a transitional stay is for (002:906-934).</summary>
public enum StayKind
{
    /// <summary>The person is in medical treatment and stays until return is feasible (002:906-922).</summary>
    MedicalTreatment,

    /// <summary>The household stays so that a school-age child can complete the school year (002:924-934).</summary>
    SchoolYear,
}

/// <summary>A transitional stay the IND decided for a person: a reviewed exception that defers the path's consequences.</summary>
/// <param name="Kind">Medical treatment or school year.</param>
/// <param name="From">The first day of the stay.</param>
/// <param name="Until">The last day the IND set (inclusive); the path's consequences apply from the day after.</param>
public sealed record TransitionalStay(StayKind Kind, LocalDate From, LocalDate Until);
