using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Registry.Stays;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;

namespace Overgang.Registry.Import;

/// <summary>
/// <c>stays.csv</c>: personId, kind, from, until, reason, decidedBy, decidedOn, withdrawn; key personId + from + kind.
/// A stay is stored only when the rules grant it on its decision day (its ground met); a school-year stay asked beyond
/// the school year is stored until the school year's end, and the row says so in its audit entry.
/// </summary>
internal sealed class StayImporter : KindImporter
{
    private readonly Dictionary<(string, LocalDate, string), int> _seen = [];
    private RegistryContext _context = null!;
    private Dictionary<string, Person> _persons = [];
    private Dictionary<(string, LocalDate, string), TransitionalStayRecord> _stored = [];

    public override IReadOnlyList<string> Columns { get; } = ["personId", "kind", "from", "until", "reason", "decidedBy", "decidedOn", "withdrawn"];

    public override void Load(RegistryContext context)
    {
        _context = context;
        _persons = context.Persons.AsNoTracking().ToDictionary(p => p.Id, StringComparer.Ordinal);
        _stored = context.TransitionalStays.AsNoTracking().AsEnumerable().ToDictionary(s => (s.PersonId, s.From, s.Kind));
    }

    public override RowOutcome Process(CsvRow row, ImportSession session)
    {
        var personId = row.Text("personId", required: true, maxLength: 40);
        var kind = row.OneOf("kind", required: true, StayKinds.MedicalTreatment, StayKinds.SchoolYear);
        var from = row.Date("from", required: true);
        var until = row.Date("until", required: true);
        var reason = row.Text("reason", required: true, maxLength: TransitionalStayRecord.ReasonMaximum);
        var decidedBy = row.Text("decidedBy", required: true, maxLength: 64);
        var decidedOn = row.Date("decidedOn", required: true);
        var withdrawn = row.Boolean("withdrawn", required: true);
        row.NotBefore("until", until, from, "from");
        Person? person = null;
        if (personId is not null && !_persons.TryGetValue(personId, out person))
        {
            row.Reject("personId", $"unknown person {personId}");
        }

        if (personId is not null && from is { } start && kind is not null)
        {
            RejectDuplicate(row, _seen, (personId, start, kind), "personId");
        }

        if (!row.IsValid)
        {
            return RowOutcome.Rejected;
        }

        var granted = until!.Value;
        if (!withdrawn!.Value)
        {
            // The rules decide whether the stay holds: its ground on the decision day, the school year's end.
            if (!TransitionSchedule.TryFor(ParameterTree.Default, decidedOn!.Value, out var schedule, out var missing))
            {
                row.Reject("decidedOn", $"no transition parameters on {FieldChanges.Format(decidedOn.Value)}: {missing.Message}");
                return RowOutcome.Rejected;
            }

            switch (TransitionalStays.Assess(_context, person!, new TransitionalStay(StayKinds.ByCode[kind!], from!.Value, until.Value), schedule))
            {
                case null:
                    row.Reject("personId", $"person {personId} has no protection registration: no transition decision, so no transitional stay");
                    return RowOutcome.Rejected;
                case { Granted: false } refused:
                    row.Reject("kind", refused.Why.Text);
                    return RowOutcome.Rejected;
                case { } assessed:
                    granted = assessed.Until;
                    break;
            }
        }

        var key = (personId!, from!.Value, kind!);
        _seen[key] = row.Line;
        var data = AuditData.Of([
            new("kind", kind!),
            new("from", FieldChanges.Format(from.Value)),
            new("until", FieldChanges.Format(granted)),
            new("decidedBy", decidedBy!),
            new("decidedOn", FieldChanges.Format(decidedOn!.Value)),
            new("withdrawn", withdrawn.Value ? "true" : "false"),
        ]);
        if (!_stored.TryGetValue(key, out var stay))
        {
            stay = new TransitionalStayRecord
            {
                PersonId = personId!, Kind = kind!, From = from.Value, Until = granted, Reason = reason!, DecidedBy = decidedBy!,
                DecidedOn = decidedOn.Value, RecordedAt = session.At, Withdrawn = withdrawn.Value,
            };
            _stored[key] = stay;
            session.Insert(stay, row.Line);
            session.Audit("transitional-stay.create", personId!, data, row.Line);
            return RowOutcome.Inserted;
        }

        if (stay.Until == granted && stay.Reason == reason && stay.DecidedBy == decidedBy && stay.DecidedOn == decidedOn && stay.Withdrawn == withdrawn)
        {
            return RowOutcome.Unchanged;
        }

        stay.Until = granted;
        stay.Reason = reason!;
        stay.DecidedBy = decidedBy!;
        stay.DecidedOn = decidedOn.Value;
        stay.Withdrawn = withdrawn.Value;
        session.Update(stay, row.Line);
        session.Audit("transitional-stay.update", personId!, data, row.Line);
        return RowOutcome.Updated;
    }
}
