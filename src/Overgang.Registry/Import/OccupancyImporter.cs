using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Rules.ReceptionQuality;

namespace Overgang.Registry.Import;

/// <summary>
/// <c>occupancy.csv</c>: location, date, group, residents; key location + date + group. Only status holders and asylum
/// seekers: this registry holds no persons of those groups; displaced people's occupancy comes from placements.csv.
/// </summary>
internal sealed class OccupancyImporter : KindImporter
{
    private readonly Dictionary<(string, LocalDate, string), int> _seen = [];
    private HashSet<string> _locations = [];
    private Dictionary<(string, LocalDate, string), LocationOccupancy> _stored = [];

    public override IReadOnlyList<string> Columns { get; } = ["location", "date", "group", "residents"];

    public override void Load(RegistryContext context)
    {
        _locations = context.Locations.AsNoTracking().Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        _stored = context.ReportedOccupancy.AsNoTracking().AsEnumerable().ToDictionary(o => (o.LocationId, o.Date, o.TargetGroup));
    }

    public override RowOutcome Process(CsvRow row, ImportSession session)
    {
        var location = row.Text("location", required: true, maxLength: 40);
        var date = row.Date("date", required: true);
        var group = row.OneOf("group", required: true, [.. QualityNames.TargetGroups]);
        var residents = row.Count("residents", required: true);
        QualityRows.KnownLocation(row, _locations, location);
        if (group == QualityNames.Of(TargetGroup.Displaced))
        {
            row.Reject("group", "displaced people are counted from placements.csv; report only status-holders and asylum-seekers here");
        }

        if (location is not null && date is { } day && group is not null)
        {
            RejectDuplicate(row, _seen, (location, day, group), "group");
        }

        if (!row.IsValid)
        {
            return RowOutcome.Rejected;
        }

        var key = (location!, date!.Value, group!);
        _seen[key] = row.Line;
        if (!_stored.TryGetValue(key, out var occupancy))
        {
            occupancy = new LocationOccupancy { LocationId = location!, Date = date.Value, TargetGroup = group!, Residents = residents!.Value };
            _stored[key] = occupancy;
            session.Insert(occupancy, row.Line);
            return RowOutcome.Inserted;
        }

        if (occupancy.Residents == residents)
        {
            return RowOutcome.Unchanged;
        }

        occupancy.Residents = residents!.Value;
        session.Update(occupancy, row.Line);
        return RowOutcome.Updated;
    }
}
