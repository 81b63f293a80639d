using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Rules.ReceptionQuality;

namespace Overgang.Registry.Import;

/// <summary>
/// <c>inspections.csv</c>: location, date, inspector, criterion, result, notes; one row per finding, key location + date
/// + criterion. The rows of one location and date form one inspection, whose inspector and notes they must agree on.
/// Not a person's data.
/// </summary>
internal sealed class InspectionImporter : KindImporter
{
    private readonly Dictionary<(string, LocalDate, string), int> _seen = [];
    private readonly Dictionary<(string, LocalDate), (int Line, string Inspector, string? Notes)> _inspectionsInFile = [];
    private readonly QualityChecklist _checklist = QualityChecklist.Default;
    private HashSet<string> _locations = [];
    private Dictionary<(string, LocalDate), LocationInspection> _inspections = [];
    private Dictionary<(string, LocalDate, string), InspectionFinding> _findings = [];

    public override IReadOnlyList<string> Columns { get; } = ["location", "date", "inspector", "criterion", "result", "notes"];

    public override IReadOnlyCollection<string> Multiline => ["notes"];

    public override void Load(RegistryContext context)
    {
        _locations = context.Locations.AsNoTracking().Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        _inspections = context.Inspections.AsNoTracking().AsEnumerable().ToDictionary(i => (i.LocationId, i.InspectedOn));
        _findings = context.InspectionFindings.AsNoTracking().AsEnumerable().ToDictionary(f => (f.LocationId, f.InspectedOn, f.CriterionId));
    }

    public override RowOutcome Process(CsvRow row, ImportSession session)
    {
        var location = row.Text("location", required: true, maxLength: 40);
        var date = row.Date("date", required: true);
        var inspector = row.Text("inspector", required: true, maxLength: 200);
        var criterion = row.Text("criterion", required: true, maxLength: 60);
        var result = row.OneOf("result", required: true, [.. QualityNames.Findings]);
        var notes = row.Text("notes", required: false, maxLength: LocationInspection.NotesMaximum, lineBreaks: true);
        QualityRows.KnownLocation(row, _locations, location);
        if (criterion is not null)
        {
            if (!_checklist.TryGet(criterion, out var known))
            {
                row.Reject("criterion", $"unknown criterion {criterion}; the criteria are listed in docs/registry-csv.md");
            }
            else if (date is { } day && !known.AppliesOn(day))
            {
                row.Reject("criterion", $"criterion {criterion} does not apply on {day:yyyy-MM-dd}");
            }
        }

        if (location is not null && date is { } on && criterion is not null)
        {
            RejectDuplicate(row, _seen, (location, on, criterion), "criterion");
            if (_inspectionsInFile.TryGetValue((location, on), out var first) && inspector is not null)
            {
                if (first.Inspector != inspector)
                {
                    row.Reject("inspector", $"differs from line {first.Line}, the same inspection");
                }
                else if (first.Notes != notes)
                {
                    row.Reject("notes", $"differ from line {first.Line}, the same inspection");
                }
            }
        }

        if (!row.IsValid)
        {
            return RowOutcome.Rejected;
        }

        var key = (location!, date!.Value);
        _seen[(location!, date.Value, criterion!)] = row.Line;
        var changed = false;
        var inserted = false;
        if (!_inspectionsInFile.ContainsKey(key))
        {
            _inspectionsInFile[key] = (row.Line, inspector!, notes);
            if (!_inspections.TryGetValue(key, out var inspection))
            {
                inspection = new LocationInspection { LocationId = location!, InspectedOn = date.Value, Inspector = inspector!, Notes = notes, RecordedBy = "import", RecordedAt = session.At, Version = 1 };
                _inspections[key] = inspection;
                session.Insert(inspection, row.Line);
                inserted = true;
            }
            else if (inspection.Inspector != inspector || inspection.Notes != notes)
            {
                var stored = inspection.Version;
                inspection.Inspector = inspector!;
                inspection.Notes = notes;
                inspection.Version = stored + 1;
                session.Update(inspection, stored, row.Line);
                changed = true;
            }
        }

        var findingKey = (location!, date.Value, criterion!);
        if (!_findings.TryGetValue(findingKey, out var finding))
        {
            finding = new InspectionFinding { LocationId = location!, InspectedOn = date.Value, CriterionId = criterion!, Result = result! };
            _findings[findingKey] = finding;
            session.Insert(finding, row.Line);
            return RowOutcome.Inserted;
        }

        if (finding.Result != result)
        {
            finding.Result = result!;
            session.Update(finding, row.Line);
            changed = true;
        }

        return inserted ? RowOutcome.Inserted : changed ? RowOutcome.Updated : RowOutcome.Unchanged;
    }
}
