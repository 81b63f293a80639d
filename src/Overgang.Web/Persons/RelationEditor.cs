using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry;
using Overgang.Registry.Facts.Validation;
using Overgang.Registry.Model;
using Overgang.Web.Security;

namespace Overgang.Web.Persons;

/// <summary>
/// The relation part of a change of a person's facts: validates it with the import's rule (<see cref="RelationChange"/>)
/// and adds (from a day) or ends (on a day) a partner relation (both sides) or a parent–child relation; the caller saves it together with both
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

        // A blank day is no day, as an empty one.
        var from = FactDates.Parse("from", string.IsNullOrWhiteSpace(update.From) ? null : update.From, errors);
        var to = FactDates.Parse("to", string.IsNullOrWhiteSpace(update.To) ? null : update.To, errors);
        if (update.Action == "add" && to is not null)
        {
            errors.Add(new FactError("to", "not-with-add", "a relation is added without a last day; end it with its last day"));
        }
        else if (update.Action == "end" && from is not null)
        {
            errors.Add(new FactError("from", "not-with-end", "a relation is ended with its last day (to), not a first day"));
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
            var change = new Change(person, related!, update.Action!, update.Relation!, from, to);
            errors.AddRange(await ChangeAsync(context, change, changes, cancellationToken).ConfigureAwait(false));
        }

        return errors.Count > 0
            ? ([.. errors.Select(e => e with { Field = Prefix + e.Field })], null)
            : ([], related);
    }

    private static async Task<IEnumerable<FactError>> ChangeAsync(RegistryContext context, Change change, Dictionary<string, object?> changes, CancellationToken cancellationToken)
    {
        var errors = change.Relation == "partner"
            ? await PartnerAsync(context, change, cancellationToken).ConfigureAwait(false)
            : await ParentAsync(context, change, cancellationToken).ConfigureAwait(false);
        if (errors is not { IsEmpty: true })
        {
            return errors ?? [];
        }

        var recorded = new Dictionary<string, string>(StringComparer.Ordinal) { ["action"] = change.Action, ["relatedId"] = change.Related.Id };
        if (change.From is { } from)
        {
            recorded["from"] = LocalDatePattern.Iso.Format(from);
        }

        if (change.To is { } to)
        {
            recorded["to"] = LocalDatePattern.Iso.Format(to);
        }

        changes[Prefix + change.Relation] = recorded;
        return [];
    }

    /// <summary>Adds or ends a partnership on both sides; <c>null</c> when nothing changes (already partners).</summary>
    private static async Task<ImmutableArray<FactError>?> PartnerAsync(RegistryContext context, Change change, CancellationToken cancellationToken)
    {
        var (person, related) = (change.Person, change.Related);
        if (change.Action == "add")
        {
            if (person.PartnerId == related.Id)
            {
                return null;
            }

            var ended = await context.EndedPartnerships.AsNoTracking().Where(e => e.PersonId == person.Id || e.PersonId == related.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            var errors = RelationChange.NewPartner(person, related).AddRange(RelationChange.PartnerFrom(person, related, change.From, ended));
            if (!errors.IsEmpty)
            {
                return errors;
            }

            (person.PartnerId, person.PartnerSince) = (related.Id, change.From);
            (related.PartnerId, related.PartnerSince) = (person.Id, change.From);
            return [];
        }

        if (person.PartnerId != related.Id)
        {
            return [RelationChange.NotRelated("partner", person.Id, related.Id)];
        }

        if (change.To is { } to)
        {
            if (RelationChange.EndBeforeStart(person.PartnerSince, to) is { } before)
            {
                return [before];
            }

            // The partnership stays in force up to its last day, for both.
            context.EndedPartnerships.Add(new EndedPartnership { PersonId = person.Id, PartnerId = related.Id, From = person.PartnerSince, To = to });
            context.EndedPartnerships.Add(new EndedPartnership { PersonId = related.Id, PartnerId = person.Id, From = person.PartnerSince, To = to });
        }

        (person.PartnerId, person.PartnerSince) = (null, null);
        if (related.PartnerId == person.Id)
        {
            (related.PartnerId, related.PartnerSince) = (null, null);
        }

        return [];
    }

    /// <summary>
    /// Adds or ends a responsible adult; <c>null</c> when nothing changes (already recorded). One whose relation ended is
    /// added again as a new period of the pair, from a day after the earlier periods' ends (docs/adr/0014-dated-relations.md).
    /// </summary>
    private static async Task<ImmutableArray<FactError>?> ParentAsync(RegistryContext context, Change change, CancellationToken cancellationToken)
    {
        // parent: the related person is a responsible adult of the person; child: the other way round.
        var (childId, parentId) = change.Relation == "parent" ? (change.Person.Id, change.Related.Id) : (change.Related.Id, change.Person.Id);
        var periods = await context.Parents.Where(p => p.PersonId == childId && p.ParentId == parentId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var row = periods.Find(p => p.Until is null);
        if (change.Action == "add")
        {
            if (row is not null)
            {
                return null;
            }

            if (RelationChange.ParentPeriod(periods, change.From, null) is { } overlap)
            {
                return [overlap];
            }

            context.Parents.Add(new PersonParent { PersonId = childId, ParentId = parentId, Period = RelationChange.NextPeriod(periods), Since = change.From });
            return [];
        }

        if (row is null)
        {
            return [RelationChange.NotRelated(change.Relation, change.Person.Id, change.Related.Id)];
        }

        if (change.To is { } to)
        {
            if (RelationChange.EndBeforeStart(row.Since, to) is { } before)
            {
                return [before];
            }

            row.Until = to;
        }
        else
        {
            context.Parents.Remove(row);
        }

        return [];
    }

    /// <summary>One relation change, its fields checked.</summary>
    private sealed record Change(Person Person, Person Related, string Action, string Relation, LocalDate? From, LocalDate? To);
}
