using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry.Facts.Validation;
using Overgang.Registry.Model;

namespace Overgang.Registry.Import;

/// <summary>
/// <c>relations.csv</c>: personId, relation, relatedId and, optionally, from and to (docs/adr/0014-dated-relations.md);
/// key personId, relation and relatedId. <c>partner</c> sets both sides from <c>from</c> (empty: an unknown start) and
/// releases a previous partner who still pointed back, ending that partnership the day before <c>from</c> when given;
/// <c>parent</c> records relatedId as a responsible adult of personId, one row a period: a row updates the pair's stored
/// period it shares days with (ending it with <c>to</c>), or, sharing none, records a new period (an adult who returns after
/// the relation ended; key personId, relation, relatedId and from). A partner row with <c>to</c> is a partnership that
/// ended on that day: the current one of the two is ended, or the ended one is recorded. A file without the from and to columns
/// imports as before: current relations with an unknown start. The rows are checked by <see cref="RelationChange"/>, as a
/// change by hand is.
/// </summary>
internal sealed class RelationImporter : KindImporter
{
    private readonly Dictionary<(string, string, string, LocalDate?), int> _seen = [];
    private readonly Dictionary<PersonParent, int> _periodLines = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, (string Partner, int Line)> _partnersInFile = new(StringComparer.Ordinal);
    private Dictionary<string, Person> _persons = [];
    private Dictionary<(string PersonId, string ParentId), List<PersonParent>> _parents = [];
    private List<EndedPartnership> _ended = [];

    public override IReadOnlyList<string> Columns { get; } = ["personId", "relation", "relatedId", "from", "to"];

    /// <inheritdoc/>
    public override IReadOnlyCollection<string> Optional { get; } = ["from", "to"];

    public override void Load(RegistryContext context)
    {
        _persons = context.Persons.AsNoTracking().ToDictionary(p => p.Id, StringComparer.Ordinal);
        _parents = context.Parents.AsNoTracking().AsEnumerable().GroupBy(p => (p.PersonId, p.ParentId)).ToDictionary(g => g.Key, g => g.ToList());
        _ended = context.EndedPartnerships.AsNoTracking().ToList();
    }

    public override RowOutcome Process(CsvRow row, ImportSession session)
    {
        var personId = row.Text("personId", required: true, maxLength: 40);
        var relation = row.OneOf("relation", required: true, "partner", "parent");
        var relatedId = row.Text("relatedId", required: true, maxLength: 40);
        var from = row.Date("from", required: false);
        var to = row.Date("to", required: false);
        row.Reject(RelationChange.ToBeforeFrom(from, to));
        row.Reject(RelationChange.Check(personId, relatedId, Find(personId), Find(relatedId)));

        if (personId is not null && relation is not null && relatedId is not null)
        {
            RejectDuplicate(row, _seen, Key(personId, relation, relatedId, from), "personId");
            if (relation == "partner" && to is null)
            {
                RejectSecondPartner(row, personId, relatedId, "personId");
                RejectSecondPartner(row, relatedId, personId, "relatedId");
            }
        }

        if (!row.IsValid)
        {
            return RowOutcome.Rejected;
        }

        _seen[Key(personId!, relation!, relatedId!, from)] = row.Line;
        var (person, related) = (_persons[personId!], _persons[relatedId!]);
        return (relation, to) switch
        {
            ("partner", null) => Partner(row, session, person, related, from),
            ("partner", { } last) => EndedPartner(row, session, person, related, from, last),
            _ => Parent(row, session, personId!, relatedId!, from, to),
        };
    }

    /// <summary>A row's natural key: a partnership once per file, a responsible adult once per period (its first day).</summary>
    private static (string, string, string, LocalDate?) Key(string personId, string relation, string relatedId, LocalDate? from) =>
        (personId, relation, relatedId, relation == "parent" ? from : null);

    private Person? Find(string? id) => id is not null && _persons.TryGetValue(id, out var person) ? person : null;

    private void RejectSecondPartner(CsvRow row, string id, string partner, string field)
    {
        if (_partnersInFile.TryGetValue(id, out var earlier) && earlier.Partner != partner)
        {
            row.Reject(field, $"{id} already has partner {earlier.Partner} on line {earlier.Line}");
        }
    }

    private RowOutcome Partner(CsvRow row, ImportSession session, Person person, Person related, LocalDate? from)
    {
        _partnersInFile[person.Id] = (related.Id, row.Line);
        _partnersInFile[related.Id] = (person.Id, row.Line);
        var linked = person.PartnerId == related.Id && related.PartnerId == person.Id;
        if (linked && person.PartnerSince == from && related.PartnerSince == from)
        {
            return RowOutcome.Unchanged;
        }

        if (!linked)
        {
            row.Reject(RelationChange.PartnerFrom(person, related, from, _ended));

            // A partnership replaced from a known day ends the day before: not before its own first day.
            foreach (var one in new[] { person, related })
            {
                if (from is { } start && one.PartnerId is { } other && other != person.Id && other != related.Id
                    && RelationChange.EndBeforeStart(one.PartnerSince, start.PlusDays(-1)) is { } before)
                {
                    row.Reject("from", $"{one.Id}'s partnership with {other} would end the day before: {before.Message}");
                }
            }

            if (!row.IsValid)
            {
                return RowOutcome.Rejected;
            }
        }

        var isNew = person.PartnerId is null && related.PartnerId is null;
        Link(row, session, person, related, from);
        Link(row, session, related, person, from);
        return isNew ? RowOutcome.Inserted : RowOutcome.Updated;
    }

    private void Link(CsvRow row, ImportSession session, Person person, Person partner, LocalDate? from)
    {
        if (person.PartnerId == partner.Id)
        {
            if (person.PartnerSince != from)
            {
                person.PartnerSince = from;
                session.Update(person, row.Line);
                session.Audit("relation.update", person.Id, AuditData.Of([new("partnerId", partner.Id), new("from", Iso(from))]), row.Line);
            }

            return;
        }

        if (person.PartnerId is { } previousId && _persons.TryGetValue(previousId, out var previous) && previous.PartnerId == person.Id)
        {
            // A partnership replaced from a known day ended the day before; without a day it is released as before.
            if (from is { } start)
            {
                End(row, session, person, previous, start.PlusDays(-1));
            }
            else
            {
                previous.PartnerId = null;
                previous.PartnerSince = null;
                session.Update(previous, row.Line);
                session.Audit("relation.update", previous.Id, AuditData.Of("partnerId", null), row.Line);
            }
        }

        var action = person.PartnerId is null ? "relation.create" : "relation.update";
        person.PartnerId = partner.Id;
        person.PartnerSince = from;
        session.Update(person, row.Line);
        session.Audit(action, person.Id, from is null ? AuditData.Of("partnerId", partner.Id) : AuditData.Of([new("partnerId", partner.Id), new("from", Iso(from))]), row.Line);
    }

    private RowOutcome EndedPartner(CsvRow row, ImportSession session, Person person, Person related, LocalDate? from, LocalDate to)
    {
        if (person.PartnerId == related.Id)
        {
            row.Reject(RelationChange.EndBeforeStart(from ?? person.PartnerSince, to));
            if (!row.IsValid)
            {
                return RowOutcome.Rejected;
            }

            End(row, session, person, related, to, from);
            return RowOutcome.Updated;
        }

        if (_ended.Any(e => e.PersonId == person.Id && e.PartnerId == related.Id && e.To == to && e.From == from))
        {
            return RowOutcome.Unchanged;
        }

        foreach (var (one, other) in new[] { (person, related), (related, person) })
        {
            if (one.PartnerId is { } current && current != other.Id && (one.PartnerSince is null || one.PartnerSince <= to))
            {
                row.Reject("to", $"{Iso(to)} is not before the first day of {one.Id}'s current partnership with {current}{(one.PartnerSince is { } since ? " (" + Iso(since) + ")" : " (unknown start)")}");
            }
        }

        row.Reject(RelationChange.PartnerFrom(person, related, from, _ended.Where(e => e.From is null || e.From <= to)));

        if (!row.IsValid)
        {
            return RowOutcome.Rejected;
        }

        Record(row, session, person.Id, related.Id, from, to);
        Record(row, session, related.Id, person.Id, from, to);
        return RowOutcome.Inserted;
    }

    /// <summary>Ends the current partnership of two persons on its last day: both sides move to <see cref="EndedPartnership"/>.</summary>
    private void End(CsvRow row, ImportSession session, Person person, Person partner, LocalDate to, LocalDate? from = null)
    {
        var since = from ?? person.PartnerSince;
        foreach (var (one, other) in new[] { (person, partner), (partner, person) })
        {
            Record(row, session, one.Id, other.Id, since, to);
            one.PartnerId = null;
            one.PartnerSince = null;
            session.Update(one, row.Line);
        }
    }

    private void Record(CsvRow row, ImportSession session, string personId, string partnerId, LocalDate? from, LocalDate to)
    {
        var ended = new EndedPartnership { PersonId = personId, PartnerId = partnerId, From = from, To = to };
        _ended.Add(ended);
        session.Insert(ended, row.Line);
        session.Audit("relation.end", personId, AuditData.Of([new("partnerId", partnerId), new("from", Iso(from)), new("to", Iso(to))]), row.Line);
    }

    private RowOutcome Parent(CsvRow row, ImportSession session, string personId, string parentId, LocalDate? from, LocalDate? to)
    {
        if (!_parents.TryGetValue((personId, parentId), out var periods))
        {
            periods = [];
            _parents[(personId, parentId)] = periods;
        }

        var overlapping = RelationChange.Overlapping(periods, from, to).ToList();
        if (overlapping.Count == 0)
        {
            var added = new PersonParent { PersonId = personId, ParentId = parentId, Period = RelationChange.NextPeriod(periods), Since = from, Until = to };
            periods.Add(added);
            _periodLines[added] = row.Line;
            session.Insert(added, row.Line);
            session.Audit("relation.create", personId, Data(parentId, from, to), row.Line);
            return RowOutcome.Inserted;
        }

        var stored = overlapping[0];
        if (overlapping.Count > 1)
        {
            row.Reject(RelationChange.ParentPeriod(periods, from, to));
        }
        else if (_periodLines.TryGetValue(stored, out var earlier))
        {
            row.Reject("from", $"the period shares days with the period of {parentId} as responsible adult of {personId} on line {earlier}");
        }
        else if (to is null && stored.Until is not null)
        {
            row.Reject(RelationChange.EndedBefore(stored));
        }

        if (!row.IsValid)
        {
            return RowOutcome.Rejected;
        }

        _periodLines[stored] = row.Line;
        if (stored.Since == from && stored.Until == to)
        {
            return RowOutcome.Unchanged;
        }

        var action = stored.Until is null && to is not null ? "relation.end" : "relation.update";
        stored.Since = from;
        stored.Until = to;
        session.Update(stored, row.Line);
        session.Audit(action, personId, Data(parentId, from, to), row.Line);
        return RowOutcome.Updated;
    }

    private static string Data(string parentId, LocalDate? from, LocalDate? to) =>
        from is null && to is null
            ? AuditData.Of("parentId", parentId)
            : AuditData.Of([new("parentId", parentId), new("from", Iso(from)), new("to", Iso(to))]);

    private static string? Iso(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;
}
