using NodaTime;

namespace Overgang.Web.Households;

/// <summary>One relation within a household as the case file lists it: current (no last day) or ended.</summary>
/// <param name="PersonId">For a partnership the first partner (ordinal order); for <c>parent</c> the child.</param>
/// <param name="Relation"><c>partner</c> or <c>parent</c> (<paramref name="RelatedId"/> is the child's parent or guardian).</param>
/// <param name="RelatedId">The other partner, or the responsible adult.</param>
/// <param name="From">First day, or <c>null</c> when unknown.</param>
/// <param name="To">Last day, or <c>null</c> while it lasts.</param>
public sealed record RelationLine(string PersonId, string Relation, string RelatedId, LocalDate? From, LocalDate? To);
