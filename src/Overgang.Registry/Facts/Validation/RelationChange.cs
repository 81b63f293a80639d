using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry.Model;

namespace Overgang.Registry.Facts.Validation;

/// <summary>
/// The validation of a relation between two persons (partners, or a responsible adult and a child), shared by
/// <c>relations.csv</c> and the case-work change of a relation: the same bad value gets the same message from the import,
/// the API and the edit page. Relations are dated (docs/adr/0014-dated-relations.md): the current partnership is
/// <see cref="Person.PartnerId"/> on both sides from <see cref="Person.PartnerSince"/>, an ended one an
/// <see cref="EndedPartnership"/> per partner; a responsible adult is a <see cref="PersonParent"/> row from its
/// <see cref="PersonParent.Since"/> to its <see cref="PersonParent.Until"/>, one row per period of the pair. Which relations are in force on a day, and who
/// forms an allowance household with whom, is the rules' (<c>RelationsOnDay</c>, household formation).
/// </summary>
public static class RelationChange
{
    /// <summary>The kinds of relation: <c>partner</c>, or <c>parent</c> (the related person is a responsible adult of the person).</summary>
    public static ImmutableArray<string> Relations { get; } = ["partner", "parent"];

    /// <summary>A required value left empty.</summary>
    public static FactError Required(string field) => new(field, "required", "required");

    /// <summary>A relation that is not one of <see cref="Relations"/> (the import's message for a value not allowed).</summary>
    public static FactError UnknownRelation(string value) => new("relation", "one-of", $"'{value}' is not one of {string.Join(", ", Relations)}");

    /// <summary>
    /// The two persons of a relation: both in the registry, not the same person, and registered in the same household
    /// (the household's allowance is formed from the relations within it). Every problem, in field order.
    /// </summary>
    /// <param name="personId">The person (as given).</param>
    /// <param name="relatedId">The related person (as given).</param>
    /// <param name="person">The person read from the registry, or <c>null</c> when unknown.</param>
    /// <param name="related">The related person read from the registry, or <c>null</c> when unknown.</param>
    public static ImmutableArray<FactError> Check(string? personId, string? relatedId, Person? person, Person? related)
    {
        var errors = ImmutableArray.CreateBuilder<FactError>();
        if (personId is not null && person is null)
        {
            errors.Add(new FactError("personId", "unknown-person", $"unknown person {personId}"));
        }

        if (relatedId is not null && related is null)
        {
            errors.Add(new FactError("relatedId", "unknown-person", $"unknown person {relatedId}"));
        }

        if (personId is not null && personId == relatedId)
        {
            errors.Add(new FactError("relatedId", "self", "a person cannot be related to themselves"));
        }
        else if (person is not null && related is not null && person.HouseholdId != related.HouseholdId)
        {
            errors.Add(new FactError("relatedId", "other-household", $"{related.Id} is registered in household {related.HouseholdId}, not in {person.HouseholdId}; a relation is recorded within one household"));
        }

        return errors.ToImmutable();
    }

    /// <summary>
    /// A new partner relation by hand: neither may have another partner (end that relation first). The import instead
    /// replaces an earlier partner, its file being the source's current state.
    /// </summary>
    public static ImmutableArray<FactError> NewPartner(Person person, Person related)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(related);
        var errors = ImmutableArray.CreateBuilder<FactError>();
        if (person.PartnerId is { } own && own != related.Id)
        {
            errors.Add(new FactError("relatedId", "has-partner", $"{person.Id} already has partner {own}; end that relation first"));
        }

        if (related.PartnerId is { } other && other != person.Id)
        {
            errors.Add(new FactError("relatedId", "partner-has-partner", $"{related.Id} already has partner {other}; end that relation first"));
        }

        return errors.ToImmutable();
    }

    /// <summary>An end of a relation that is not recorded.</summary>
    public static FactError NotRelated(string relation, string personId, string relatedId) =>
        new("relatedId", "not-related", $"{relatedId} is not recorded as {relation} of {personId}");

    /// <summary>A relation's last day before its first day (<c>to-before-from</c>, as a placement's).</summary>
    public static FactError? ToBeforeFrom(LocalDate? from, LocalDate? to) => PlacementChange.ToBeforeFrom(from, to);

    /// <summary>
    /// A partnership of <paramref name="person"/> and <paramref name="related"/> from <paramref name="from"/> (<c>null</c>:
    /// an unknown start, in force on every earlier day): it may not overlap an ended partnership of either. Every problem.
    /// </summary>
    /// <param name="person">The person.</param>
    /// <param name="related">The partner.</param>
    /// <param name="from">The first day, or <c>null</c>.</param>
    /// <param name="ended">The ended partnerships of (at least) both persons.</param>
    public static ImmutableArray<FactError> PartnerFrom(Person person, Person related, LocalDate? from, IEnumerable<EndedPartnership> ended)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(related);
        ArgumentNullException.ThrowIfNull(ended);
        var errors = ImmutableArray.CreateBuilder<FactError>();
        foreach (var id in new[] { person.Id, related.Id })
        {
            var latest = ended.Where(e => e.PersonId == id && (from is null || e.To >= from)).MaxBy(e => e.To);
            if (latest is not null)
            {
                errors.Add(Overlap(from, $"{id}'s partnership with {latest.PartnerId}", latest.To));
            }
        }

        return errors.ToImmutable();
    }

    /// <summary>
    /// A period of a responsible adult from <paramref name="from"/> to <paramref name="to"/> (<c>null</c>: an unknown start,
    /// in force on every earlier day; a current relation) beside the pair's other periods <paramref name="others"/>: the
    /// periods of one pair do not overlap (<c>overlaps-period</c>, naming <c>from</c>, or <c>to</c> when it reaches into a
    /// later period). <c>null</c> when the period is allowed.
    /// </summary>
    public static FactError? ParentPeriod(IEnumerable<PersonParent> others, LocalDate? from, LocalDate? to)
    {
        ArgumentNullException.ThrowIfNull(others);
        var other = Overlapping(others, from, to).MinBy(p => p.Since ?? LocalDate.MinIsoValue);
        if (other is null)
        {
            return null;
        }

        var what = $"{other.ParentId}'s period as responsible adult of {other.PersonId}";
        if (to is { } last && other.Since is { } start && (from is null || start > from))
        {
            return new FactError("to", "overlaps-period", $"{Iso(last)} is not before {Iso(start)}, the first day of {what}");
        }

        return other.Until is { } until
            ? Overlap(from, what, until) with { Code = "overlaps-period" }
            : new FactError("from", "overlaps-period", $"{what} is in force{(other.Since is { } since ? " since " + Iso(since) : string.Empty)} and has not ended: end it first");
    }

    /// <summary>The periods of <paramref name="periods"/> that share a day with the period from <paramref name="from"/> to <paramref name="to"/> (<c>null</c>: open).</summary>
    public static IEnumerable<PersonParent> Overlapping(IEnumerable<PersonParent> periods, LocalDate? from, LocalDate? to) =>
        periods.Where(p => (from is null || p.Until is null || p.Until >= from) && (to is null || p.Since is null || p.Since <= to));

    /// <summary>The number of a pair's next period: one more than the highest of <paramref name="periods"/> (the pair's), 0 for its first.</summary>
    public static int NextPeriod(IEnumerable<PersonParent> periods) => periods.Select(p => p.Period + 1).DefaultIfEmpty(0).Max();

    /// <summary>
    /// A current relation (no last day) given for a period of a responsible adult that ended (<paramref name="stored"/>):
    /// the end is kept and a return is a new period with its own first day after it (<c>ended-before</c>).
    /// </summary>
    public static FactError EndedBefore(PersonParent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var until = Iso(stored.Until ?? throw new ArgumentException("the period has not ended", nameof(stored)));
        return new FactError("from", "ended-before", $"{stored.ParentId} was recorded as responsible adult of {stored.PersonId} until {until}; a return is recorded as a new period from a day after {until}");
    }

    /// <summary>The end on <paramref name="to"/> of a relation in force from <paramref name="since"/>: not before its first day.</summary>
    public static FactError? EndBeforeStart(LocalDate? since, LocalDate to) =>
        since is { } start && to < start
            ? new FactError("to", "to-before-from", $"{Iso(to)} is before the relation's first day {Iso(start)}")
            : null;

    private static FactError Overlap(LocalDate? from, string what, LocalDate to) => from is { } start
        ? new FactError("from", "overlaps-ended", $"{Iso(start)} is not after {Iso(to)}, the last day of {what}")
        : new FactError("from", "overlaps-ended", $"{what} ended on {Iso(to)}: give the first day of this one (after that day)");

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
