using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Facts.Validation;
using Overgang.Registry.Model;

namespace Overgang.Registry.Import;

/// <summary>
/// <c>relations.csv</c>: personId, relation, relatedId; key all three. <c>partner</c> sets both sides (and releases a
/// previous partner who still pointed back); <c>parent</c> records relatedId as a responsible adult of personId. The two
/// persons are checked by <see cref="RelationChange"/>, as a change by hand is.
/// </summary>
internal sealed class RelationImporter : KindImporter
{
    private readonly Dictionary<(string, string, string), int> _seen = [];
    private readonly Dictionary<string, (string Partner, int Line)> _partnersInFile = new(StringComparer.Ordinal);
    private Dictionary<string, Person> _persons = [];
    private HashSet<(string PersonId, string ParentId)> _parents = [];

    public override IReadOnlyList<string> Columns { get; } = ["personId", "relation", "relatedId"];

    public override void Load(RegistryContext context)
    {
        _persons = context.Persons.AsNoTracking().ToDictionary(p => p.Id, StringComparer.Ordinal);
        _parents = context.Parents.AsNoTracking().Select(p => new { p.PersonId, p.ParentId }).AsEnumerable().Select(p => (p.PersonId, p.ParentId)).ToHashSet();
    }

    public override RowOutcome Process(CsvRow row, ImportSession session)
    {
        var personId = row.Text("personId", required: true, maxLength: 40);
        var relation = row.OneOf("relation", required: true, "partner", "parent");
        var relatedId = row.Text("relatedId", required: true, maxLength: 40);
        foreach (var problem in RelationChange.Check(personId, relatedId, Find(personId), Find(relatedId)))
        {
            row.Reject(problem.Field, problem.Message);
        }

        if (personId is not null && relation is not null && relatedId is not null)
        {
            RejectDuplicate(row, _seen, (personId, relation, relatedId), "personId");
            if (relation == "partner")
            {
                RejectSecondPartner(row, personId, relatedId, "personId");
                RejectSecondPartner(row, relatedId, personId, "relatedId");
            }
        }

        if (!row.IsValid)
        {
            return RowOutcome.Rejected;
        }

        _seen[(personId!, relation!, relatedId!)] = row.Line;
        return relation == "partner"
            ? Partner(row, session, _persons[personId!], _persons[relatedId!])
            : Parent(row, session, personId!, relatedId!);
    }

    private Person? Find(string? id) => id is not null && _persons.TryGetValue(id, out var person) ? person : null;

    private void RejectSecondPartner(CsvRow row, string id, string partner, string field)
    {
        if (_partnersInFile.TryGetValue(id, out var earlier) && earlier.Partner != partner)
        {
            row.Reject(field, $"{id} already has partner {earlier.Partner} on line {earlier.Line}");
        }
    }

    private RowOutcome Partner(CsvRow row, ImportSession session, Person person, Person related)
    {
        _partnersInFile[person.Id] = (related.Id, row.Line);
        _partnersInFile[related.Id] = (person.Id, row.Line);
        if (person.PartnerId == related.Id && related.PartnerId == person.Id)
        {
            return RowOutcome.Unchanged;
        }

        var isNew = person.PartnerId is null && related.PartnerId is null;
        Link(row, session, person, related);
        Link(row, session, related, person);
        return isNew ? RowOutcome.Inserted : RowOutcome.Updated;
    }

    private void Link(CsvRow row, ImportSession session, Person person, Person partner)
    {
        if (person.PartnerId == partner.Id)
        {
            return;
        }

        if (person.PartnerId is { } previousId && _persons.TryGetValue(previousId, out var previous) && previous.PartnerId == person.Id)
        {
            previous.PartnerId = null;
            session.Update(previous, row.Line);
            session.Audit("relation.update", previous.Id, AuditData.Of("partnerId", null), row.Line);
        }

        var action = person.PartnerId is null ? "relation.create" : "relation.update";
        person.PartnerId = partner.Id;
        session.Update(person, row.Line);
        session.Audit(action, person.Id, AuditData.Of("partnerId", partner.Id), row.Line);
    }

    private RowOutcome Parent(CsvRow row, ImportSession session, string personId, string parentId)
    {
        if (!_parents.Add((personId, parentId)))
        {
            return RowOutcome.Unchanged;
        }

        session.Insert(new PersonParent { PersonId = personId, ParentId = parentId }, row.Line);
        session.Audit("relation.create", personId, AuditData.Of("parentId", parentId), row.Line);
        return RowOutcome.Inserted;
    }
}
