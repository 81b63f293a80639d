using System.Collections.Immutable;
using Overgang.Registry.Model;

namespace Overgang.Registry.Facts.Validation;

/// <summary>
/// The validation of a relation between two persons (partners, or a responsible adult and a child), shared by
/// <c>relations.csv</c> and the case-work change of a relation: the same bad value gets the same message from the import,
/// the API and the edit page. The registry holds the current relations only (<see cref="Person.PartnerId"/> on both
/// sides, <see cref="PersonParent"/> rows); who forms an allowance household with whom is the rules' household formation.
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
}
