using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Model;
using Overgang.Rules.ReceptionQuality;
using Overgang.Web.Audit;
using Overgang.Web.Cases;
using Overgang.Web.Security;

namespace Overgang.Web.Quality;

/// <summary>
/// Records a location's inspections, complaints and their handling, conversions, target groups and reported occupancy:
/// case workers for their own municipality's locations and administrators. Every change and its audit entry (subject
/// <c>location:{id}</c>) are stored in one transaction; a change of a complaint or conversion needs its version.
/// </summary>
internal static class QualityRecorder
{
    public static async Task<CaseResult<InspectionView>> RecordInspectionAsync(RegistryContext context, AccessLog log, IClock clock, Caller caller, string locationId, InspectionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await MayChangeAsync(context, caller, locationId, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return Refuse<InspectionView>(refused);
        }

        var today = CaseClock.Today(clock);
        var checklist = QualityChecklist.Default;
        if (Problem(input.Date, today, "date") is { } dateProblem)
        {
            return dateProblem.As<InspectionView>();
        }

        var date = input.Date!.Value;
        if (TextProblem(input.Inspector, 200, "inspector", required: true) is { } inspectorProblem)
        {
            return inspectorProblem.As<InspectionView>();
        }

        if (TextProblem(input.Notes, LocationInspection.NotesMaximum, "notes", required: false, lineBreaks: true) is { } notesProblem)
        {
            return notesProblem.As<InspectionView>();
        }

        var findings = input.Findings ?? new Dictionary<string, string>();
        if (findings.Count == 0)
        {
            return new CaseResult<InspectionView>.Invalid("findings", "give a finding for at least one criterion");
        }

        foreach (var (criterion, result) in findings.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (!checklist.TryGet(criterion, out var known) || !known.AppliesOn(date))
            {
                return new CaseResult<InspectionView>.Invalid("findings." + criterion, $"{criterion} is not a criterion of the checklist on {date:yyyy-MM-dd}");
            }

            if (QualityNames.Finding(result) is null)
            {
                return new CaseResult<InspectionView>.Invalid("findings." + criterion, $"'{result}' is not one of {string.Join(", ", QualityNames.Findings)}");
            }
        }

        if (await context.Inspections.AnyAsync(i => i.LocationId == locationId && i.InspectedOn == date, cancellationToken).ConfigureAwait(false))
        {
            return new CaseResult<InspectionView>.Invalid("date", "an inspection of this location on this day is already recorded");
        }

        var inspection = new LocationInspection
        {
            LocationId = locationId, InspectedOn = date, Inspector = input.Inspector!.Trim(), Notes = Clean(input.Notes), RecordedBy = caller.UserName, RecordedAt = clock.GetCurrentInstant(), Version = 1,
        };
        context.Inspections.Add(inspection);
        context.InspectionFindings.AddRange(findings.Select(f => new InspectionFinding { LocationId = locationId, InspectedOn = date, CriterionId = f.Key, Result = f.Value }));
        var data = JsonSerializer.Serialize(new { date = date.ToString("yyyy-MM-dd", null), inspector = inspection.Inspector, findings });
        await log.ChangeAsync(context, caller, "inspection.create", "location:" + locationId, "inspection recorded", data, cancellationToken).ConfigureAwait(false);
        return new CaseResult<InspectionView>.Ok(new InspectionView(inspection.Id, date, inspection.Inspector, inspection.Notes,
            [.. findings.Select(f => new FindingView(f.Key, f.Value))]));
    }

    public static async Task<CaseResult<ComplaintView>> RecordComplaintAsync(RegistryContext context, AccessLog log, IClock clock, Caller caller, string locationId, ComplaintInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await MayChangeAsync(context, caller, locationId, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return Refuse<ComplaintView>(refused);
        }

        if (Problem(input.Received, CaseClock.Today(clock), "received") is { } dateProblem)
        {
            return dateProblem.As<ComplaintView>();
        }

        if (!ComplaintCodes.Categories.Contains(input.Category ?? ""))
        {
            return new CaseResult<ComplaintView>.Invalid("category", "one of " + string.Join(", ", ComplaintCodes.Categories));
        }

        if (!ComplaintCodes.Languages.Contains(input.Language ?? ""))
        {
            return new CaseResult<ComplaintView>.Invalid("language", "one of " + string.Join(", ", ComplaintCodes.Languages));
        }

        if (TextProblem(input.Text, LocationComplaint.TextMaximum, "text", required: true, lineBreaks: true) is { } textProblem)
        {
            return textProblem.As<ComplaintView>();
        }

        var now = clock.GetCurrentInstant();
        var complaint = new LocationComplaint
        {
            Reference = "W-" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant(),
            LocationId = locationId, ReceivedOn = input.Received!.Value, Category = input.Category!, Language = input.Language!, Text = input.Text!.Trim(),
            Status = ComplaintCodes.Statuses[0], ChangedBy = caller.UserName, ChangedAt = now, Version = 1,
        };
        context.Complaints.Add(complaint);
        var data = JsonSerializer.Serialize(new { complaint.Reference, received = complaint.ReceivedOn.ToString("yyyy-MM-dd", null), complaint.Category, complaint.Language });
        await log.ChangeAsync(context, caller, "complaint.create", "location:" + locationId, "complaint recorded", data, cancellationToken).ConfigureAwait(false);
        return new CaseResult<ComplaintView>.Ok(QualityReader.View(complaint));
    }

    public static async Task<CaseResult<ComplaintView>> ChangeComplaintAsync(RegistryContext context, AccessLog log, IClock clock, Caller caller, long complaintId, long? version, ComplaintStatusInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var complaint = await context.Complaints.SingleOrDefaultAsync(c => c.Id == complaintId, cancellationToken).ConfigureAwait(false);
        if (complaint is null)
        {
            return new CaseResult<ComplaintView>.NotFound();
        }

        if (await MayChangeAsync(context, caller, complaint.LocationId, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return Refuse<ComplaintView>(refused);
        }

        if (version is null)
        {
            return new CaseResult<ComplaintView>.VersionRequired();
        }

        if (version != complaint.Version)
        {
            return new CaseResult<ComplaintView>.Conflict(complaint.Version);
        }

        var step = ComplaintCodes.Statuses.IndexOf(input.Status ?? "");
        if (step <= ComplaintCodes.Statuses.IndexOf(complaint.Status))
        {
            return new CaseResult<ComplaintView>.Invalid("status", $"the complaint is {complaint.Status}; the next step is one of " + string.Join(", ", ComplaintCodes.Statuses.Skip(ComplaintCodes.Statuses.IndexOf(complaint.Status) + 1)));
        }

        if (Problem(input.On, CaseClock.Today(clock), "on") is { } dateProblem)
        {
            return dateProblem.As<ComplaintView>();
        }

        if (input.Outcome is not null && !ComplaintCodes.Outcomes.Contains(input.Outcome))
        {
            return new CaseResult<ComplaintView>.Invalid("outcome", "one of " + string.Join(", ", ComplaintCodes.Outcomes));
        }

        var acknowledged = complaint.AcknowledgedOn ?? input.On;
        LocalDate? decided = step == 2 ? input.On : null;
        if (ComplaintCodes.HandlingProblem(input.Status!, complaint.ReceivedOn, acknowledged, decided, input.Outcome) is { } problem)
        {
            return new CaseResult<ComplaintView>.Invalid(problem.Field == "acknowledged" || problem.Field == "decided" ? "on" : problem.Field, problem.Message);
        }

        var before = new { complaint.Status, acknowledged = Iso(complaint.AcknowledgedOn), decided = Iso(complaint.DecidedOn), complaint.Outcome };
        complaint.Status = input.Status!;
        complaint.AcknowledgedOn = acknowledged;
        complaint.DecidedOn = decided;
        complaint.Outcome = input.Outcome;
        complaint.ChangedBy = caller.UserName;
        complaint.ChangedAt = clock.GetCurrentInstant();
        complaint.Version++;
        var data = JsonSerializer.Serialize(new { complaint.Reference, before, after = new { complaint.Status, acknowledged = Iso(complaint.AcknowledgedOn), decided = Iso(complaint.DecidedOn), complaint.Outcome } });
        try
        {
            await log.ChangeAsync(context, caller, "complaint.status", "location:" + complaint.LocationId, "complaint handling recorded", data, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await context.Complaints.AsNoTracking().Where(c => c.Id == complaintId).Select(c => c.Version).SingleAsync(cancellationToken).ConfigureAwait(false);
            return new CaseResult<ComplaintView>.Conflict(current);
        }

        return new CaseResult<ComplaintView>.Ok(QualityReader.View(complaint));
    }

    public static async Task<CaseResult<ConversionView>> RecordConversionAsync(RegistryContext context, AccessLog log, Caller caller, string locationId, ConversionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await MayChangeAsync(context, caller, locationId, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return Refuse<ConversionView>(refused);
        }

        var capacity = await context.Locations.Where(l => l.Id == locationId).Select(l => l.Capacity).SingleAsync(cancellationToken).ConfigureAwait(false);
        if (input.Places is not { } places || places < 1 || places > capacity)
        {
            return new CaseResult<ConversionView>.Invalid("places", $"a number from 1 to the location's {capacity} places");
        }

        if (input.Planned is not { } planned)
        {
            return new CaseResult<ConversionView>.Invalid("planned", "required");
        }

        if (await context.Conversions.AnyAsync(c => c.LocationId == locationId && c.PlannedOn == planned, cancellationToken).ConfigureAwait(false))
        {
            return new CaseResult<ConversionView>.Invalid("planned", "a conversion of this location on this day is already planned");
        }

        var conversion = new LocationConversion { LocationId = locationId, Places = places, PlannedOn = planned, Version = 1 };
        context.Conversions.Add(conversion);
        var data = JsonSerializer.Serialize(new { places, planned = planned.ToString("yyyy-MM-dd", null) });
        await log.ChangeAsync(context, caller, "conversion.create", "location:" + locationId, "conversion planned", data, cancellationToken).ConfigureAwait(false);
        return new CaseResult<ConversionView>.Ok(QualityReader.View(conversion));
    }

    public static async Task<CaseResult<ConversionView>> ConversionDoneAsync(RegistryContext context, AccessLog log, IClock clock, Caller caller, long conversionId, long? version, ConversionDoneInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var conversion = await context.Conversions.SingleOrDefaultAsync(c => c.Id == conversionId, cancellationToken).ConfigureAwait(false);
        if (conversion is null)
        {
            return new CaseResult<ConversionView>.NotFound();
        }

        if (await MayChangeAsync(context, caller, conversion.LocationId, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return Refuse<ConversionView>(refused);
        }

        if (version is null)
        {
            return new CaseResult<ConversionView>.VersionRequired();
        }

        if (version != conversion.Version)
        {
            return new CaseResult<ConversionView>.Conflict(conversion.Version);
        }

        if (Problem(input.Done, CaseClock.Today(clock), "done") is { } dateProblem)
        {
            return dateProblem.As<ConversionView>();
        }

        conversion.DoneOn = input.Done;
        conversion.Version++;
        var data = JsonSerializer.Serialize(new { planned = conversion.PlannedOn.ToString("yyyy-MM-dd", null), done = input.Done!.Value.ToString("yyyy-MM-dd", null) });
        try
        {
            await log.ChangeAsync(context, caller, "conversion.done", "location:" + conversion.LocationId, "conversion done", data, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await context.Conversions.AsNoTracking().Where(c => c.Id == conversionId).Select(c => c.Version).SingleAsync(cancellationToken).ConfigureAwait(false);
            return new CaseResult<ConversionView>.Conflict(current);
        }

        return new CaseResult<ConversionView>.Ok(QualityReader.View(conversion));
    }

    public static async Task<CaseResult<TargetGroupPeriodView>> RecordTargetGroupAsync(RegistryContext context, AccessLog log, Caller caller, string locationId, TargetGroupInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await MayChangeAsync(context, caller, locationId, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return Refuse<TargetGroupPeriodView>(refused);
        }

        if (QualityNames.TargetGroup(input.Group) is null)
        {
            return new CaseResult<TargetGroupPeriodView>.Invalid("group", "one of " + string.Join(", ", QualityNames.TargetGroups));
        }

        if (input.From is not { } from)
        {
            return new CaseResult<TargetGroupPeriodView>.Invalid("from", "required");
        }

        if (input.Until < from)
        {
            return new CaseResult<TargetGroupPeriodView>.Invalid("until", "before from");
        }

        if (await context.LocationTargetGroups.AnyAsync(g => g.LocationId == locationId && g.TargetGroup == input.Group && g.From == from, cancellationToken).ConfigureAwait(false))
        {
            return new CaseResult<TargetGroupPeriodView>.Invalid("from", "a period for this group from this day is already recorded");
        }

        var period = new LocationTargetGroup { LocationId = locationId, TargetGroup = input.Group!, From = from, Until = input.Until };
        context.LocationTargetGroups.Add(period);
        var data = JsonSerializer.Serialize(new { input.Group, from = from.ToString("yyyy-MM-dd", null), until = input.Until?.ToString("yyyy-MM-dd", null) });
        await log.ChangeAsync(context, caller, "target-group.create", "location:" + locationId, "target group recorded", data, cancellationToken).ConfigureAwait(false);
        return new CaseResult<TargetGroupPeriodView>.Ok(new TargetGroupPeriodView(period.Id, period.TargetGroup, period.From, period.Until));
    }

    public static async Task<CaseResult<OccupancyView>> ReportOccupancyAsync(RegistryContext context, AccessLog log, IClock clock, Caller caller, string locationId, OccupancyInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await MayChangeAsync(context, caller, locationId, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return Refuse<OccupancyView>(refused);
        }

        if (Problem(input.Date, CaseClock.Today(clock), "date") is { } dateProblem)
        {
            return dateProblem.As<OccupancyView>();
        }

        var group = QualityNames.TargetGroup(input.Group);
        if (group is null or TargetGroup.Displaced)
        {
            return new CaseResult<OccupancyView>.Invalid("group", "status-holders or asylum-seekers; displaced people are counted from their placements");
        }

        if (input.Residents is not ({ } residents and >= 0))
        {
            return new CaseResult<OccupancyView>.Invalid("residents", "a count of 0 or more");
        }

        var date = input.Date!.Value;
        var row = await context.ReportedOccupancy.SingleOrDefaultAsync(o => o.LocationId == locationId && o.Date == date && o.TargetGroup == input.Group, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            row = new LocationOccupancy { LocationId = locationId, Date = date, TargetGroup = input.Group!, Residents = residents };
            context.ReportedOccupancy.Add(row);
        }

        row.Residents = residents;
        var data = JsonSerializer.Serialize(new { date = date.ToString("yyyy-MM-dd", null), input.Group, residents });
        await log.ChangeAsync(context, caller, "occupancy.report", "location:" + locationId, "occupancy reported", data, cancellationToken).ConfigureAwait(false);
        return new CaseResult<OccupancyView>.Ok(new OccupancyView(row.TargetGroup, row.Date, row.Residents, "reported"));
    }

    /// <summary>Whether the caller may change the location: <c>null</c> when so, else why not (404 or 403).</summary>
    internal static async Task<int?> MayChangeAsync(RegistryContext context, Caller caller, string locationId, CancellationToken cancellationToken)
    {
        var municipality = await context.Locations.AsNoTracking().Where(l => l.Id == locationId).Select(l => l.MunicipalityCode).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (municipality is null)
        {
            return 404;
        }

        var may = caller.Role == Roles.Admin || (caller.Role == Roles.CaseWorker && caller.MunicipalityCode == municipality);
        return may ? null : 403;
    }

    private static CaseResult<T> Refuse<T>(int status) => status == 404 ? new CaseResult<T>.NotFound() : new CaseResult<T>.Refused();

    private static string? Iso(LocalDate? date) => date?.ToString("yyyy-MM-dd", null);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static FieldProblem? Problem(LocalDate? date, LocalDate today, string field) =>
        date is null ? new FieldProblem(field, "required")
        : date > today ? new FieldProblem(field, "in the future")
        : null;

    private static FieldProblem? TextProblem(string? text, int maximum, string field, bool required, bool lineBreaks = false)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            return required ? new FieldProblem(field, "required") : null;
        }

        if (value.Length > maximum)
        {
            return new FieldProblem(field, $"longer than {maximum} characters");
        }

        return FreeText.Problem(value, lineBreaks) is { } problem ? new FieldProblem(field, problem) : null;
    }

    private sealed record FieldProblem(string Field, string Message)
    {
        public CaseResult<T> As<T>() => new CaseResult<T>.Invalid(Field, Message);
    }
}
