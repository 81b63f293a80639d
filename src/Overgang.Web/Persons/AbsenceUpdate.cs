namespace Overgang.Web.Persons;

/// <summary>An absence from the reception location, as a row of <c>absences.csv</c> gives it.</summary>
/// <param name="From">ISO date of the first day away.</param>
/// <param name="To">ISO date of the last day away.</param>
/// <param name="Reported">Reported in advance to the location manager.</param>
public sealed record AbsenceUpdate(string? From, string? To, bool? Reported);
