using System.Collections.Immutable;
using NodaTime;
using Overgang.Web.Persons;

namespace Overgang.Web.Households;

/// <summary>A member of a registered household.</summary>
/// <param name="Id">The person.</param>
/// <param name="Version">The person's version (for a change).</param>
/// <param name="GivenName">Given names.</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="PartnerId">Spouse or partner.</param>
/// <param name="ParentIds">Responsible adults.</param>
/// <param name="Placement">Placement on the first day of the month.</param>
/// <param name="Income">Own income in the month, in euros.</param>
/// <param name="GivenNameCyrillic">Given names in Cyrillic, where the registry holds them.</param>
/// <param name="FamilyNameCyrillic">Family name in Cyrillic, where the registry holds it.</param>
/// <param name="LocationName">The name of the reception location of the placement, where there is one.</param>
public sealed record MemberView(string Id, long Version, string GivenName, string FamilyName, LocalDate BirthDate, string? PartnerId, ImmutableArray<string> ParentIds, PlacementView? Placement, decimal Income,
    string? GivenNameCyrillic = null, string? FamilyNameCyrillic = null, string? LocationName = null);
