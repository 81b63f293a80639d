using NodaTime;

namespace Overgang.Web.Persons;

/// <summary>Where a person lives from a date.</summary>
/// <param name="Reception"><c>municipal</c>, <c>municipal-catering</c>, <c>coa</c>, <c>private</c> or <c>own-home</c>.</param>
/// <param name="LocationId">The reception location, where there is one.</param>
/// <param name="Address">The address of private reception or an own home.</param>
/// <param name="From">First day.</param>
/// <param name="To">Last day, or <c>null</c> while it lasts.</param>
public sealed record PlacementView(string Reception, string? LocationId, string? Address, LocalDate From, LocalDate? To);
