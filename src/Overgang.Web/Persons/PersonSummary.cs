using NodaTime;

namespace Overgang.Web.Persons;

/// <summary>One person in a search result.</summary>
/// <param name="Id">The person.</param>
/// <param name="GivenName">Given names.</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="MunicipalityCode">Municipality of registration.</param>
/// <param name="HouseholdId">The registered household.</param>
public sealed record PersonSummary(string Id, string GivenName, string FamilyName, LocalDate BirthDate, string MunicipalityCode, string HouseholdId);
