using System.Collections.Immutable;

namespace Overgang.Web.Locations;

/// <summary>The locations a caller may see, on a date.</summary>
/// <param name="Date">The date of occupancy (ISO <c>yyyy-MM-dd</c>).</param>
/// <param name="AbsenceMaximumDays">The 28-day rule's maximum on that date (parameter <c>reception.absence-maximum-days</c>).</param>
/// <param name="Municipality">The municipality filter applied, or <c>null</c> for all the caller may see.</param>
/// <param name="Locations">The locations, by municipality and name.</param>
public sealed record LocationList(string Date, int AbsenceMaximumDays, string? Municipality, ImmutableArray<LocationSummary> Locations);
