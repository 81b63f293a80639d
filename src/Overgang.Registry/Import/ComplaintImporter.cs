using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Model;

namespace Overgang.Registry.Import;

/// <summary>
/// <c>complaints.csv</c>: reference, location, received, category, language, text, status, acknowledged, decided,
/// outcome; key reference. The text is personal data: every inserted or changed complaint gets an audit entry
/// (subject <c>complaint:{reference}</c>, without the text).
/// </summary>
internal sealed class ComplaintImporter : KindImporter
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private HashSet<string> _locations = [];
    private Dictionary<string, LocationComplaint> _stored = [];

    public override IReadOnlyList<string> Columns { get; } = ["reference", "location", "received", "category", "language", "text", "status", "acknowledged", "decided", "outcome"];

    public override IReadOnlyCollection<string> Multiline => ["text"];

    public override void Load(RegistryContext context)
    {
        _locations = context.Locations.AsNoTracking().Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        _stored = context.Complaints.AsNoTracking().ToDictionary(c => c.Reference, StringComparer.Ordinal);
    }

    public override RowOutcome Process(CsvRow row, ImportSession session)
    {
        var reference = row.Text("reference", required: true, maxLength: 40);
        var location = row.Text("location", required: true, maxLength: 40);
        var received = row.Date("received", required: true);
        var category = row.OneOf("category", required: true, [.. ComplaintCodes.Categories]);
        var language = row.OneOf("language", required: true, [.. ComplaintCodes.Languages]);
        var text = row.Text("text", required: true, maxLength: LocationComplaint.TextMaximum, lineBreaks: true);
        var status = row.OneOf("status", required: true, [.. ComplaintCodes.Statuses]);
        var acknowledged = row.Date("acknowledged", required: false);
        var decided = row.Date("decided", required: false);
        var outcome = row.OneOf("outcome", required: false, [.. ComplaintCodes.Outcomes]);
        QualityRows.KnownLocation(row, _locations, location);
        if (status is not null && received is { } day && ComplaintCodes.HandlingProblem(status, day, acknowledged, decided, outcome) is { } problem)
        {
            row.Reject(problem.Field, problem.Message);
        }

        if (reference is not null)
        {
            RejectDuplicate(row, _seen, reference, "reference");
        }

        if (!row.IsValid)
        {
            return RowOutcome.Rejected;
        }

        _seen[reference!] = row.Line;
        var data = AuditData.Of([
            new("location", location!),
            new("received", FieldChanges.Format(received!.Value)),
            new("category", category!),
            new("status", status!),
        ]);
        if (!_stored.TryGetValue(reference!, out var complaint))
        {
            complaint = new LocationComplaint
            {
                Reference = reference!, LocationId = location!, ReceivedOn = received.Value, Category = category!, Language = language!, Text = text!,
                Status = status!, AcknowledgedOn = acknowledged, DecidedOn = decided, Outcome = outcome, ChangedBy = "import", ChangedAt = session.At, Version = 1,
            };
            _stored[reference!] = complaint;
            session.Insert(complaint, row.Line);
            session.Audit("complaint.create", "complaint:" + reference, data, row.Line);
            return RowOutcome.Inserted;
        }

        if (complaint.LocationId == location && complaint.ReceivedOn == received && complaint.Category == category && complaint.Language == language && complaint.Text == text
            && complaint.Status == status && complaint.AcknowledgedOn == acknowledged && complaint.DecidedOn == decided && complaint.Outcome == outcome)
        {
            return RowOutcome.Unchanged;
        }

        var stored = complaint.Version;
        complaint.LocationId = location!;
        complaint.ReceivedOn = received.Value;
        complaint.Category = category!;
        complaint.Language = language!;
        complaint.Text = text!;
        complaint.Status = status!;
        complaint.AcknowledgedOn = acknowledged;
        complaint.DecidedOn = decided;
        complaint.Outcome = outcome;
        complaint.ChangedBy = "import";
        complaint.ChangedAt = session.At;
        complaint.Version = stored + 1;
        session.Update(complaint, stored, row.Line);
        session.Audit("complaint.update", "complaint:" + reference, data, row.Line);
        return RowOutcome.Updated;
    }
}
