using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Rules.ReceptionQuality;

namespace Overgang.Registry.Import;

/// <summary><c>location-groups.csv</c>: location, group, from, until; key location + group + from. Not a person's data.</summary>
internal sealed class LocationGroupImporter : KindImporter
{
    private readonly Dictionary<(string, string, LocalDate), int> _seen = [];
    private HashSet<string> _locations = [];
    private Dictionary<(string, string, LocalDate), LocationTargetGroup> _stored = [];

    public override IReadOnlyList<string> Columns { get; } = ["location", "group", "from", "until"];

    public override void Load(RegistryContext context)
    {
        _locations = context.Locations.AsNoTracking().Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        _stored = context.LocationTargetGroups.AsNoTracking().AsEnumerable().ToDictionary(g => (g.LocationId, g.TargetGroup, g.From));
    }

    public override RowOutcome Process(CsvRow row, ImportSession session)
    {
        var location = row.Text("location", required: true, maxLength: 40);
        var group = row.OneOf("group", required: true, [.. QualityNames.TargetGroups]);
        var from = row.Date("from", required: true);
        var until = row.Date("until", required: false);
        row.NotBefore("until", until, from, "from");
        QualityRows.KnownLocation(row, _locations, location);
        if (location is not null && group is not null && from is { } start)
        {
            RejectDuplicate(row, _seen, (location, group, start), "location");
        }

        if (!row.IsValid)
        {
            return RowOutcome.Rejected;
        }

        var key = (location!, group!, from!.Value);
        _seen[key] = row.Line;
        if (!_stored.TryGetValue(key, out var period))
        {
            period = new LocationTargetGroup { LocationId = location!, TargetGroup = group!, From = from.Value, Until = until };
            _stored[key] = period;
            session.Insert(period, row.Line);
            return RowOutcome.Inserted;
        }

        if (period.Until == until)
        {
            return RowOutcome.Unchanged;
        }

        period.Until = until;
        session.Update(period, row.Line);
        return RowOutcome.Updated;
    }
}
