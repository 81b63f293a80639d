using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Model;

namespace Overgang.Registry.Import;

/// <summary><c>locations.csv</c>: id, municipality, name, kind, capacity, opened, closed; key id. Not a person's data, so no audit entries.</summary>
internal sealed class LocationImporter : KindImporter
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private HashSet<string> _municipalities = [];
    private Dictionary<string, ReceptionLocation> _stored = [];

    public override IReadOnlyList<string> Columns { get; } = ["id", "municipality", "name", "kind", "capacity", "opened", "closed"];

    public override void Load(RegistryContext context)
    {
        _municipalities = context.Municipalities.AsNoTracking().Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        _stored = context.Locations.AsNoTracking().ToDictionary(l => l.Id, StringComparer.Ordinal);
    }

    public override RowOutcome Process(CsvRow row, ImportSession session)
    {
        var id = row.Text("id", required: true, maxLength: 40);
        var municipality = row.Text("municipality", required: true, maxLength: 8);
        var name = row.Text("name", required: true);
        var kind = row.OneOf("kind", required: true, "municipal", "municipal-catering", "coa");
        var capacity = row.Count("capacity", required: true);
        var opened = row.Date("opened", required: true);
        var closed = row.Date("closed", required: false);
        row.NotBefore("closed", closed, opened, "opened");
        if (municipality is not null && !_municipalities.Contains(municipality))
        {
            row.Reject("municipality", $"unknown municipality {municipality}; import it with municipalities.csv first");
        }

        if (id is not null)
        {
            RejectDuplicate(row, _seen, id, "id");
        }

        if (!row.IsValid)
        {
            return RowOutcome.Rejected;
        }

        _seen[id!] = row.Line;
        if (!_stored.TryGetValue(id!, out var location))
        {
            location = new ReceptionLocation { Id = id!, MunicipalityCode = municipality!, Name = name!, Kind = kind!, Capacity = capacity!.Value, Opened = opened!.Value, Closed = closed };
            _stored[id!] = location;
            session.Insert(location, row.Line);
            return RowOutcome.Inserted;
        }

        if (location.MunicipalityCode == municipality && location.Name == name && location.Kind == kind && location.Capacity == capacity && location.Opened == opened && location.Closed == closed)
        {
            return RowOutcome.Unchanged;
        }

        location.MunicipalityCode = municipality!;
        location.Name = name!;
        location.Kind = kind!;
        location.Capacity = capacity!.Value;
        location.Opened = opened!.Value;
        location.Closed = closed;
        session.Update(location, row.Line);
        return RowOutcome.Updated;
    }
}
