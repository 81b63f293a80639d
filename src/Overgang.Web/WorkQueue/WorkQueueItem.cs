using NodaTime;

namespace Overgang.Web.WorkQueue;

/// <summary>A pending decision waiting on an action.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="GivenName">Given names.</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="MunicipalityCode">Municipality.</param>
/// <param name="HouseholdId">Household.</param>
/// <param name="Due">When the outstanding action is due.</param>
public sealed record WorkQueueItem(string PersonId, string GivenName, string FamilyName, string MunicipalityCode, string HouseholdId, LocalDate Due);
