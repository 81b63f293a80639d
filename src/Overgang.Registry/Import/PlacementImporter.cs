using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Facts.Validation;
using Overgang.Registry.Model;

namespace Overgang.Registry.Import;

/// <summary><c>placements.csv</c>: personId, reception, locationId, address, from, to; key personId + from.</summary>
internal sealed class PlacementImporter : KindImporter
{
    private readonly Dictionary<(string, LocalDate), int> _seen = [];
    private HashSet<string> _persons = [];
    private HashSet<string> _locations = [];
    private Dictionary<(string, LocalDate), Placement> _stored = [];

    public override IReadOnlyList<string> Columns { get; } = ["personId", "reception", "locationId", "address", "from", "to"];

    /// <inheritdoc/>
    public override IReadOnlyCollection<string> Multiline { get; } = ["address"];

    public override void Load(RegistryContext context)
    {
        _persons = context.Persons.AsNoTracking().Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        _locations = context.Locations.AsNoTracking().Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        _stored = context.Placements.AsNoTracking().AsEnumerable().ToDictionary(p => (p.PersonId, p.From));
    }

    public override RowOutcome Process(CsvRow row, ImportSession session)
    {
        var personId = row.Text("personId", required: true, maxLength: 40);
        var reception = row.OneOf("reception", required: true, [.. PlacementChange.Receptions]);
        var locationId = row.Text("locationId", required: PlacementChange.AtLocation(reception), maxLength: 40);
        var address = row.Text("address", required: PlacementChange.AtAddress(reception), lineBreaks: true);
        var from = row.Date("from", required: true);
        var to = row.Date("to", required: false);
        row.Reject(PlacementChange.ToBeforeFrom(from, to));
        if (personId is not null && !_persons.Contains(personId))
        {
            row.Reject("personId", $"unknown person {personId}");
        }

        if (locationId is not null && !_locations.Contains(locationId))
        {
            var unknown = PlacementChange.UnknownLocation(locationId);
            row.Reject(unknown.Field, unknown.Message + "; import it with locations.csv first");
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
        var isNew = !_stored.TryGetValue(key, out var placement);
        placement ??= new Placement { PersonId = personId!, Reception = "", From = from.Value };
        var p = placement;
        var changes = new FieldChanges();
        if (isNew)
        {
            changes.Add("from", FieldChanges.Format(from.Value));
        }

        changes.Set("reception", isNew ? null : p.Reception, reception, v => p.Reception = v!);
        changes.Set("locationId", p.LocationId, locationId, v => p.LocationId = v);
        changes.Set("address", p.Address, address, v => p.Address = v);
        changes.Set("to", p.To, to, v => p.To = v);
        if (!changes.Any)
        {
            return RowOutcome.Unchanged;
        }

        if (isNew)
        {
            _stored[key] = p;
            session.Insert(p, row.Line);
        }
        else
        {
            session.Update(p, row.Line);
        }

        session.Audit(isNew ? "placement.create" : "placement.update", p.PersonId, changes.Json, row.Line);
        return isNew ? RowOutcome.Inserted : RowOutcome.Updated;
    }
}
