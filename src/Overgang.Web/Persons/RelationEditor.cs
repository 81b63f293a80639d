using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry;
using Overgang.Registry.Facts.Validation;
using Overgang.Registry.Model;
using Overgang.Web.Security;

namespace Overgang.Web.Persons;

/// <summary>
/// The relation part of a change of a person's facts: validates it with the import's rule (<see cref="RelationChange"/>)
/// and adds or ends a partner relation (both sides) or a parent–child relation; the caller saves it together with both
/// persons' versions and their audit entries. Both persons must lie within the caller's scope.
/// </summary>
internal static class RelationEditor
{
    /// <summary>Field names in the API: <c>relation.</c> and the field.</summary>
    public const string Prefix = "relation.";

    /// <summary>The kinds of relation a change names (<c>child</c> is <c>parent</c> seen from the other side).</summary>
    public static ImmutableArray<string> Relations { get; } = ["partner", "parent", "child"];

    /// <summary>The other person whose record changed too, or every reason why not (each naming its field).</summary>
    public static async Task<(ImmutableArray<FactError> Errors, Person? Other)> ApplyAsync(
        RegistryContext context, Caller caller, Person person, RelationUpdate update, Dictionary<string, object?> changes, CancellationToken cancellationToken)
    {
        var errors = new List<FactError>();
        if (string.IsNullOrWhiteSpace(update.Action))
        {
            errors.Add(RelationChange.Required("action"));
        }
        else if (update.Action is not ("add" or "end"))
        {
            errors.Add(new FactError("action", "one-of", $"'{update.Action}' is not one of add, end"));
        }

        if (string.IsNullOrWhiteSpace(update.Relation))
        {
            errors.Add(RelationChange.Required("relation"));
        }
        else if (!Relations.Contains(update.Relation, StringComparer.Ordinal))
        {
            errors.Add(new FactError("relation", "one-of", $"'{update.Relation}' is not one of {string.Join(", ", Relations)}"));
        }

        Person? related = null;
        if (string.IsNullOrWhiteSpace(update.RelatedId))
        {
            errors.Add(RelationChange.Required("relatedId"));
        }
        else
        {
            related = await context.Persons.FirstOrDefaultAsync(p => p.Id == update.RelatedId, cancellationToken).ConfigureAwait(false);
            errors.AddRange(RelationChange.Check(person.Id, update.RelatedId, person, related).Where(e => e.Field != "personId"));
            if (related is not null && !caller.MayChange(related.Id, related.MunicipalityCode))
            {
                errors.Add(new FactError("relatedId", "scope", $"{related.Id} is outside your municipality"));
            }
        }

        if (errors.Count == 0)
        {
            errors.AddRange(await ChangeAsync(context, person, related!, update.Action!, update.Relation!, changes, cancellationToken).ConfigureAwait(false));
        }

        return errors.Count > 0
            ? ([.. errors.Select(e => e with { Field = Prefix + e.Field })], null)
            : ([], related);
    }

    private static async Task<IEnumerable<FactError>> ChangeAsync(
        RegistryContext context, Person person, Person related, string action, string relation, Dictionary<string, object?> changes, CancellationToken cancellationToken)
    {
        if (relation == "partner")
        {
            if (action == "add")
            {
                var errors = RelationChange.NewPartner(person, related);
                if (!errors.IsEmpty || person.PartnerId == related.Id)
                {
                    return errors;
                }

                person.PartnerId = related.Id;
                related.PartnerId = person.Id;
            }
            else
            {
                if (person.PartnerId != related.Id)
                {
                    return [RelationChange.NotRelated("partner", person.Id, related.Id)];
                }

                person.PartnerId = null;
                if (related.PartnerId == person.Id)
                {
                    related.PartnerId = null;
                }
            }

            changes[Prefix + "partner"] = Change(action, related.Id);
            return [];
        }

        // parent: the related person is a responsible adult of the person; child: the other way round.
        var (childId, parentId) = relation == "parent" ? (person.Id, related.Id) : (related.Id, person.Id);
        var row = await context.Parents.FirstOrDefaultAsync(p => p.PersonId == childId && p.ParentId == parentId, cancellationToken).ConfigureAwait(false);
        if (action == "add" && row is null)
        {
            context.Parents.Add(new PersonParent { PersonId = childId, ParentId = parentId });
        }
        else if (action == "end")
        {
            if (row is null)
            {
                return [RelationChange.NotRelated(relation, person.Id, related.Id)];
            }

            context.Parents.Remove(row);
        }
        else
        {
            return [];
        }

        changes[Prefix + relation] = Change(action, related.Id);
        return [];
    }

    private static Dictionary<string, string> Change(string action, string relatedId) =>
        new(StringComparer.Ordinal) { ["action"] = action, ["relatedId"] = relatedId };
}
