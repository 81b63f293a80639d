using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Facts.Validation;
using Overgang.Registry.Model;

namespace Overgang.Registry.Import;

/// <summary><c>absences.csv</c>: personId, from, to, reported; key personId + from.</summary>
internal sealed class AbsenceImporter : KindImporter
{
    private readonly Dictionary<(string, LocalDate), int> _seen = [];
    private HashSet<string> _persons = [];
    private Dictionary<(string, LocalDate), Absence> _stored = [];

    public override IReadOnlyList<string> Columns { get; } = ["personId", "from", "to", "reported"];

    public override void Load(RegistryContext context)
    {
        _persons = context.Persons.AsNoTracking().Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        _stored = context.Absences.AsNoTracking().AsEnumerable().ToDictionary(a => (a.PersonId, a.From));
    }

    public override RowOutcome Process(CsvRow row, ImportSession session)
    {
        var personId = row.Text("personId", required: true, maxLength: 40);
        var from = row.Date("from", required: false);
        var to = row.Date("to", required: false);
        row.Reject(AbsenceChange.Check(from, row.Raw("from") is not null, to, row.Raw("to") is not null));

        var reported = row.Boolean("reported", required: true);
        if (personId is not null && !_persons.Contains(personId))
        {
            row.Reject("personId", $"unknown person {personId}");
        }

        if (personId is not null && from is { } start)
        {
            RejectDuplicate(row, _seen, (personId, start), "personId");
        }

        if (!row.IsValid)
        {
            return RowOutcome.Rejected;
        }

        var key = (personId!, from!.Value);
        _seen[key] = row.Line;
        var data = AuditData.Of([
            new("from", FieldChanges.Format(from.Value)),
            new("to", FieldChanges.Format(to!.Value)),
            new("reported", reported!.Value ? "true" : "false"),
        ]);
        if (!_stored.TryGetValue(key, out var absence))
        {
            absence = new Absence { PersonId = personId!, From = from.Value, To = to.Value, Reported = reported.Value };
            _stored[key] = absence;
            session.Insert(absence, row.Line);
            session.Audit("absence.create", personId!, data, row.Line);
            return RowOutcome.Inserted;
        }

        if (absence.To == to && absence.Reported == reported)
        {
            return RowOutcome.Unchanged;
        }

        absence.To = to.Value;
        absence.Reported = reported.Value;
        session.Update(absence, row.Line);
        session.Audit("absence.update", personId!, data, row.Line);
        return RowOutcome.Updated;
    }
}
