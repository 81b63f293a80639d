using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Web.Persons;

/// <summary>The relations of a person and the members of their registered household a relation can be recorded with.</summary>
/// <param name="PartnerId">The partner, or <c>null</c>.</param>
/// <param name="ParentIds">The person's parents or guardians.</param>
/// <param name="ChildIds">The persons this person is a parent or guardian of.</param>
/// <param name="Members">The other members of the registered household.</param>
public sealed record RelationsView(string? PartnerId, ImmutableArray<string> ParentIds, ImmutableArray<string> ChildIds, ImmutableArray<HouseholdMember> Members);

/// <summary>A member of a registered household, by name.</summary>
/// <param name="Id">The person.</param>
/// <param name="GivenName">Given name (Latin).</param>
/// <param name="FamilyName">Family name (Latin).</param>
/// <param name="GivenNameCyrillic">Given name in Cyrillic, where stored.</param>
/// <param name="FamilyNameCyrillic">Family name in Cyrillic, where stored.</param>
/// <param name="BirthDate">Date of birth.</param>
public sealed record HouseholdMember(string Id, string GivenName, string FamilyName, string? GivenNameCyrillic, string? FamilyNameCyrillic, LocalDate BirthDate);
