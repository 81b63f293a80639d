using System.Collections.Immutable;

namespace Overgang.Web.Persons;

/// <summary>A change of a person's facts; fields left out (or <c>null</c>) stay as they are.</summary>
/// <param name="MedicalTreatment">Undergoing medical treatment.</param>
/// <param name="AsylumApplication"><c>pending</c>, <c>withdrawn</c> or <c>none</c>.</param>
/// <param name="AsylumWithdrawnOn">ISO date the application was withdrawn (only with <c>withdrawn</c>).</param>
/// <param name="PublicOrderCheck"><c>passed</c>, <c>failed</c> or <c>pending</c>.</param>
/// <param name="Incomes">Income per month to set.</param>
/// <param name="Placement">A move to another place from a date (the current placement ends the day before).</param>
/// <param name="OtherPermit">Another residence permit (its ground and last day of validity), or its removal.</param>
/// <param name="ReturnCommitment">The return commitment: signed or not, and the agreed departure date.</param>
/// <param name="Absence">An absence from the reception location to record (a period with the same first day is corrected).</param>
/// <param name="Relation">A partner or parent–child relation to add or to end (both persons in the caller's scope, in one registered household).</param>
public sealed record FactsUpdate(
    bool? MedicalTreatment,
    string? AsylumApplication,
    string? AsylumWithdrawnOn,
    string? PublicOrderCheck,
    ImmutableArray<IncomeChange>? Incomes,
    PlacementMove? Placement = null,
    OtherPermitUpdate? OtherPermit = null,
    ReturnCommitmentUpdate? ReturnCommitment = null,
    AbsenceUpdate? Absence = null,
    RelationUpdate? Relation = null);
