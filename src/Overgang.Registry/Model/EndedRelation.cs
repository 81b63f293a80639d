using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>
/// A relation that has ended (or is to end) on a recorded day: a partnership, or a responsible adult (parent or
/// guardian) of a person. The current relations are <see cref="Person.PartnerId"/> and <see cref="PersonParent"/>; a
/// relation ended on a day moves here, so a month before its end keeps the household it was paid for
/// (<c>Overgang.Rules.Households.RelationsOnDay</c>, docs/adr/0013-dated-relations.md). A partnership has a row for
/// each of the two partners.
/// </summary>
public sealed class EndedRelation
{
    /// <summary>The relation kind of a partnership.</summary>
    public const string Partner = "partner";

    /// <summary>The relation kind of a responsible adult of the person.</summary>
    public const string Parent = "parent";

    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The person (for <see cref="Parent"/>: the child).</summary>
    public required string PersonId { get; set; }

    /// <summary><see cref="Partner"/> or <see cref="Parent"/>.</summary>
    public required string Relation { get; set; }

    /// <summary>The partner, or the responsible adult.</summary>
    public required string RelatedId { get; set; }

    /// <summary>First day, or <c>null</c> when unknown (in force on every day up to <see cref="To"/>).</summary>
    public LocalDate? From { get; set; }

    /// <summary>Last day on which the relation was in force.</summary>
    public LocalDate To { get; set; }
}
