using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Web.Quality;

/// <summary>Reception quality and target groups over all municipalities: figures only, no person and no complaint text.</summary>
/// <param name="Date">The day.</param>
/// <param name="Occupancy">Places and residents per target group at municipal locations on a few days up to the day.</param>
/// <param name="Quality">Per municipality: locations meeting, not meeting and not fully assessed against the mandatory criteria.</param>
/// <param name="Complaints">Per month received: complaints by their handling status now.</param>
/// <param name="Conversions">Per municipality: planned and done conversions of places into housing.</param>
public sealed record ReceptionOverview(LocalDate Date, ImmutableArray<OccupancyPoint> Occupancy, ImmutableArray<MunicipalityQuality> Quality, ImmutableArray<ComplaintMonth> Complaints, ImmutableArray<MunicipalityConversions> Conversions);

/// <summary>Places and residents per target group on a day.</summary>
/// <param name="Date">The day.</param>
/// <param name="Places">Places at open municipal locations.</param>
/// <param name="Displaced">Displaced people placed there (from the registry's placements).</param>
/// <param name="StatusHolders">Status holders (latest reported count per location on or before the day).</param>
/// <param name="AsylumSeekers">Asylum seekers (likewise).</param>
public sealed record OccupancyPoint(LocalDate Date, int Places, int Displaced, int StatusHolders, int AsylumSeekers);

/// <summary>One municipality's locations by status.</summary>
/// <param name="Municipality">The municipality's name.</param>
/// <param name="Locations">Open municipal locations.</param>
/// <param name="Meets">Meeting every mandatory criterion.</param>
/// <param name="DoesNotMeet">Not meeting at least one.</param>
/// <param name="NotFullyAssessed">Not fully assessed.</param>
/// <param name="OpenTasks">Follow-up tasks for criteria not met.</param>
public sealed record MunicipalityQuality(string Municipality, int Locations, int Meets, int DoesNotMeet, int NotFullyAssessed, int OpenTasks);

/// <summary>Complaints received in a month by their status now.</summary>
/// <param name="Month">The month received.</param>
/// <param name="Received">Not yet acknowledged.</param>
/// <param name="Acknowledged">Acknowledged, not yet decided.</param>
/// <param name="Decided">Decided.</param>
public sealed record ComplaintMonth(YearMonth Month, int Received, int Acknowledged, int Decided);

/// <summary>One municipality's planned conversions.</summary>
/// <param name="Municipality">The municipality's name.</param>
/// <param name="Locations">Locations with a planned conversion.</param>
/// <param name="PlacesPlanned">Places planned, not yet done.</param>
/// <param name="PlacesDone">Places converted.</param>
/// <param name="FirstPlanned">The earliest planned day not yet done, or <c>null</c>.</param>
public sealed record MunicipalityConversions(string Municipality, int Locations, int PlacesPlanned, int PlacesDone, LocalDate? FirstPlanned);
