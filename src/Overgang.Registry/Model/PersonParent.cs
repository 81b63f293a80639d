using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>
/// A responsible adult (parent or guardian) of a person, in force from <see cref="Since"/> to <see cref="Until"/>
/// (<c>Overgang.Rules.Households.RelationsOnDay</c>). A pair has one row per period, numbered by <see cref="Period"/>: a
/// responsible adult whose relation ended is recorded again from a later day as a new period, the ended one kept
/// (docs/adr/0014-dated-relations.md). The periods of a pair do not overlap (<c>RelationChange.ParentPeriod</c>).
/// </summary>
public sealed class PersonParent
{
    /// <summary>The child.</summary>
    public required string PersonId { get; set; }

    /// <summary>The responsible adult.</summary>
    public required string ParentId { get; set; }

    /// <summary>
    /// The pair's period: 0 for its first recorded one (every row stored before periods were numbered), one more than the
    /// highest of the pair for each one recorded after. An identity, not an order in time: the days are <see cref="Since"/>
    /// and <see cref="Until"/>.
    /// </summary>
    public int Period { get; set; }

    /// <summary>First day, or <c>null</c> when unknown (recorded before relations were dated): in force on every earlier day.</summary>
    public LocalDate? Since { get; set; }

    /// <summary>The last day, or <c>null</c> while the relation lasts (a current relation).</summary>
    public LocalDate? Until { get; set; }
}
