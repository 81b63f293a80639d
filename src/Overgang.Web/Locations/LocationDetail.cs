using System.Collections.Immutable;

namespace Overgang.Web.Locations;

/// <summary>One location on a date, with the absences of its residents in that month.</summary>
/// <param name="Location">Capacity, occupancy and the count of long absences.</param>
/// <param name="Date">The date (ISO <c>yyyy-MM-dd</c>).</param>
/// <param name="AbsenceMaximumDays">The 28-day rule's maximum on that date.</param>
/// <param name="Absences">Every absence overlapping the date's month, or <c>null</c> for callers who see aggregates only (analysts).</param>
/// <param name="AbsencesInMonth">How many absences overlap the month (also for analysts).</param>
public sealed record LocationDetail(LocationSummary Location, string Date, int AbsenceMaximumDays, ImmutableArray<LocationAbsence>? Absences, int AbsencesInMonth);
