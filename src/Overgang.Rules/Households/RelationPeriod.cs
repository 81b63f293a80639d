using NodaTime;

namespace Overgang.Rules.Households;

/// <summary>When a relation (partners, or a responsible adult and a minor) is in force.</summary>
/// <param name="From">
/// First day, or <c>null</c> for an unknown start: a relation recorded before relations were dated, in force on every
/// day up to its end (docs/adr/0014-dated-relations.md).
/// </param>
/// <param name="To">Last day, or <c>null</c> while it lasts.</param>
public readonly record struct RelationPeriod(LocalDate? From, LocalDate? To)
{
    /// <summary>Whether the relation is in force on <paramref name="day"/> (both ends included).</summary>
    public bool Covers(LocalDate day) => (From is null || From <= day) && (To is null || To >= day);
}

/// <summary>One relation of a person as the household rule reads it.</summary>
/// <param name="RelatedId">The partner, or the responsible adult (parent or guardian) of the person.</param>
/// <param name="Period">When the relation is in force.</param>
public readonly record struct DatedRelation(string RelatedId, RelationPeriod Period);
