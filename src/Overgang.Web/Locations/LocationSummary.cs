namespace Overgang.Web.Locations;

/// <summary>A reception location with its capacity, occupancy and long absences on a date.</summary>
/// <param name="Id">The location id.</param>
/// <param name="Name">Its name.</param>
/// <param name="MunicipalityCode">The municipality that runs or hosts it.</param>
/// <param name="MunicipalityName">That municipality's name.</param>
/// <param name="Kind"><c>municipal</c>, <c>municipal-catering</c> or <c>coa</c>.</param>
/// <param name="Capacity">Places.</param>
/// <param name="Occupied">Persons placed there on the date.</param>
/// <param name="LongAbsences">Residents on the date with an absence in the date's month longer than the maximum (the 28-day rule).</param>
/// <param name="Open">True when the location is open on the date.</param>
public sealed record LocationSummary(string Id, string Name, string MunicipalityCode, string MunicipalityName, string Kind, int Capacity, int Occupied, int LongAbsences, bool Open);
