using NodaTime;

namespace Overgang.Web.Persons;

/// <summary>One person in a search result.</summary>
/// <param name="Id">The person.</param>
/// <param name="GivenName">Given names.</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="GivenNameCyrillic">Given names in Cyrillic script, where held.</param>
/// <param name="FamilyNameCyrillic">Family name in Cyrillic script, where held.</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="MunicipalityCode">Municipality of registration.</param>
/// <param name="MunicipalityName">Its name.</param>
/// <param name="LocationId">The reception location of the current placement, if any.</param>
/// <param name="LocationName">Its name.</param>
/// <param name="Path">The transition path of the latest decision, if any.</param>
/// <param name="Status">That decision's status (<c>decided</c>, <c>pending</c>), if any.</param>
/// <param name="HouseholdId">The registered household.</param>
public sealed record PersonSummary(
    string Id,
    string GivenName,
    string FamilyName,
    string? GivenNameCyrillic,
    string? FamilyNameCyrillic,
    LocalDate BirthDate,
    string MunicipalityCode,
    string MunicipalityName,
    string? LocationId,
    string? LocationName,
    string? Path,
    string? Status,
    string HouseholdId);
