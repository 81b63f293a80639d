using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>
/// A partnership that ended (or is to end) on a recorded day, one row for each of the two partners. The current
/// partnership is <see cref="Person.PartnerId"/> from <see cref="Person.PartnerSince"/>; ending it on a day moves it here,
/// so a month before its end keeps the household it was paid for (<c>Overgang.Rules.Households.RelationsOnDay</c>,
/// docs/adr/0014-dated-relations.md). Responsible adults keep their end on their own row (<see cref="PersonParent.Until"/>).
/// </summary>
public sealed class EndedPartnership
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The person.</summary>
    public required string PersonId { get; set; }

    /// <summary>The partner.</summary>
    public required string PartnerId { get; set; }

    /// <summary>First day, or <c>null</c> when unknown (in force on every day up to <see cref="To"/>).</summary>
    public LocalDate? From { get; set; }

    /// <summary>Last day on which the partnership was in force.</summary>
    public LocalDate To { get; set; }
}
