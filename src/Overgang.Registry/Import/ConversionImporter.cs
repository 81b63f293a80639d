using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Model;

namespace Overgang.Registry.Import;

/// <summary><c>conversions.csv</c>: location, places, planned, done; key location + planned. Not a person's data.</summary>
internal sealed class ConversionImporter : KindImporter
{
    private readonly Dictionary<(string, LocalDate), int> _seen = [];
    private Dictionary<string, ReceptionLocation> _locations = [];
    private Dictionary<(string, LocalDate), LocationConversion> _stored = [];

    public override IReadOnlyList<string> Columns { get; } = ["location", "places", "planned", "done"];

    public override void Load(RegistryContext context)
    {
        _locations = context.Locations.AsNoTracking().ToDictionary(l => l.Id, StringComparer.Ordinal);
        _stored = context.Conversions.AsNoTracking().AsEnumerable().ToDictionary(c => (c.LocationId, c.PlannedOn));
    }

    public override RowOutcome Process(CsvRow row, ImportSession session)
    {
        var location = row.Text("location", required: true, maxLength: 40);
        var places = row.Count("places", required: true);
        var planned = row.Date("planned", required: true);
        var done = row.Date("done", required: false);
        row.NotBefore("done", done, planned, "planned");
        QualityRows.KnownLocation(row, [.. _locations.Keys], location);
        if (places == 0)
        {
            row.Reject("places", "must be at least 1");
        }
        else if (places is { } count && location is not null && _locations.TryGetValue(location, out var known) && count > known.Capacity)
        {
            row.Reject("places", $"{count} is more than the location's {known.Capacity} places");
        }

        if (location is not null && planned is { } day)
        {
            RejectDuplicate(row, _seen, (location, day), "planned");
        }

        if (!row.IsValid)
        {
            return RowOutcome.Rejected;
        }

        var key = (location!, planned!.Value);
        _seen[key] = row.Line;
        if (!_stored.TryGetValue(key, out var conversion))
        {
            conversion = new LocationConversion { LocationId = location!, Places = places!.Value, PlannedOn = planned.Value, DoneOn = done, Version = 1 };
            _stored[key] = conversion;
            session.Insert(conversion, row.Line);
            return RowOutcome.Inserted;
        }

        if (conversion.Places == places && conversion.DoneOn == done)
        {
            return RowOutcome.Unchanged;
        }

        var stored = conversion.Version;
        conversion.Places = places!.Value;
        conversion.DoneOn = done;
        conversion.Version = stored + 1;
        session.Update(conversion, stored, row.Line);
        return RowOutcome.Updated;
    }
}
