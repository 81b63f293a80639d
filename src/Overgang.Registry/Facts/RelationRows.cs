using System.Collections.Immutable;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Rules.Households;

namespace Overgang.Registry.Facts;

/// <summary>
/// The registry's relations of a set of persons as the household rule reads them: partnerships (the current one,
/// <see cref="Person.PartnerId"/> from <see cref="Person.PartnerSince"/>, and the ended ones, <see cref="EndedPartnership"/>)
/// and responsible adults (<see cref="PersonParent"/> from <see cref="PersonParent.Since"/> to <see cref="PersonParent.Until"/>).
/// Which of them are in force on a day is the rules' decision (<see cref="RelationsOnDay"/>). Both facts builders read
/// relations through this type: the database's (<see cref="AllowanceFacts"/>) and the in-memory population's (the simulation).
/// </summary>
public sealed class RelationRows
{
    private readonly ILookup<string, PersonParent> _parents;
    private readonly ILookup<string, EndedPartnership> _ended;

    private RelationRows(ILookup<string, PersonParent> parents, ILookup<string, EndedPartnership> ended)
    {
        _parents = parents;
        _ended = ended;
    }

    /// <summary>The relations of the rows given (of any persons; each person's are found by id).</summary>
    public static RelationRows Of(IEnumerable<PersonParent> parents, IEnumerable<EndedPartnership> ended) =>
        new(parents.ToLookup(p => p.PersonId, StringComparer.Ordinal), ended.ToLookup(r => r.PersonId, StringComparer.Ordinal));

    /// <summary>Every partnership of <paramref name="person"/>: the ended ones, then the current one.</summary>
    public ImmutableArray<DatedRelation> PartnersOf(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var builder = ImmutableArray.CreateBuilder<DatedRelation>();
        foreach (var ended in _ended[person.Id])
        {
            builder.Add(new DatedRelation(ended.PartnerId, new RelationPeriod(ended.From, ended.To)));
        }

        if (person.PartnerId is { } partner)
        {
            builder.Add(new DatedRelation(partner, new RelationPeriod(person.PartnerSince, null)));
        }

        return builder.DrainToImmutable();
    }

    /// <summary>Every responsible adult of the person <paramref name="personId"/>, current and ended.</summary>
    public ImmutableArray<DatedRelation> ParentsOf(string personId) =>
        [.. _parents[personId].Select(p => new DatedRelation(p.ParentId, new RelationPeriod(p.Since, p.Until)))];

    /// <summary>The partner of <paramref name="person"/> in force on <paramref name="day"/>, or <c>null</c>.</summary>
    public string? PartnerOn(Person person, LocalDate day)
    {
        ArgumentNullException.ThrowIfNull(person);

        // Most persons have no ended partnership: their current one alone, without building the list.
        return _ended.Contains(person.Id)
            ? RelationsOnDay.PartnerOn(PartnersOf(person).AsSpan(), day)
            : person.PartnerId is { } partner && new RelationPeriod(person.PartnerSince, null).Covers(day) ? partner : null;
    }

    /// <summary>The responsible adults of <paramref name="personId"/> in force on <paramref name="day"/>, in ordinal order.</summary>
    /// <remarks>Most persons have none (adults): they are answered without building a list.</remarks>
    public ImmutableArray<string> ParentsOn(string personId, LocalDate day) =>
        _parents.Contains(personId) ? RelationsOnDay.ParentsOn(ParentsOf(personId).AsSpan(), day) : [];
}
