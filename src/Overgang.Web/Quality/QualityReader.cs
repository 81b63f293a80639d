using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Model;
using Overgang.Rules.ReceptionQuality;
using Overgang.Web.Audit;
using Overgang.Web.Cases;
using Overgang.Web.Locations;
using Overgang.Web.Security;

namespace Overgang.Web.Quality;

/// <summary>
/// Reads a location's quality: loads its target groups, inspections, complaints, conversions and occupancy, and lets the
/// rules (<see cref="QualityEvaluation"/>, <see cref="TargetGroupRule"/>) decide its status, tasks and groups on the day.
/// </summary>
/// <remarks>
/// For case workers of the location's municipality, the IND and administrators; analysts see aggregates only
/// (<see cref="ReceptionAggregates"/>). Complaint texts are personal data: reading them is one audit entry per location
/// (subject <c>location:{id}</c>) naming the complaints.
/// </remarks>
internal static class QualityReader
{
    public static async Task<CaseResult<LocationQuality>> ReadAsync(RegistryContext context, AccessLog log, Caller caller, string id, LocalDate date, CancellationToken cancellationToken)
    {
        var location = await context.Locations.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken).ConfigureAwait(false);
        if (location is null)
        {
            return new CaseResult<LocationQuality>.NotFound();
        }

        if (!caller.SeesPersonalData || !caller.MayReadMunicipality(location.MunicipalityCode))
        {
            return new CaseResult<LocationQuality>.Refused();
        }

        var municipality = await context.Municipalities.AsNoTracking().Where(m => m.Code == location.MunicipalityCode).Select(m => m.Name).SingleAsync(cancellationToken).ConfigureAwait(false);
        var periods = await context.LocationTargetGroups.AsNoTracking().Where(g => g.LocationId == id).OrderBy(g => g.From).ThenBy(g => g.TargetGroup).ToListAsync(cancellationToken).ConfigureAwait(false);
        var inspections = await context.Inspections.AsNoTracking().Where(i => i.LocationId == id).OrderByDescending(i => i.InspectedOn).ToListAsync(cancellationToken).ConfigureAwait(false);
        var findings = await context.InspectionFindings.AsNoTracking().Where(f => f.LocationId == id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var complaints = await context.Complaints.AsNoTracking().Where(c => c.LocationId == id).OrderByDescending(c => c.ReceivedOn).ThenBy(c => c.Reference).ToListAsync(cancellationToken).ConfigureAwait(false);
        var conversions = await context.Conversions.AsNoTracking().Where(c => c.LocationId == id).OrderBy(c => c.PlannedOn).ToListAsync(cancellationToken).ConfigureAwait(false);
        var reported = await context.ReportedOccupancy.AsNoTracking().Where(o => o.LocationId == id && o.Date <= date).ToListAsync(cancellationToken).ConfigureAwait(false);
        var residents = await LocationReader.ResidentsAsync(context, [id], date, cancellationToken).ConfigureAwait(false);

        var checklist = QualityChecklist.Default;
        var explanation = ImmutableArray.CreateBuilder<ExplanationLine>();
        string? refusal = null;
        var status = "not-fully-assessed";
        var additional = "not-fully-assessed";
        ImmutableArray<string> notMet = [];
        ImmutableArray<CriterionView> criteria = [];
        ImmutableArray<FollowUpView> tasks = [];
        var outcome = QualityEvaluation.Evaluate(checklist, location.MunicipalityCode,
            findings.Select(f => new QualityFinding(f.CriterionId, QualityNames.Finding(f.Result) ?? FindingResult.NotAssessed, f.InspectedOn)), date, municipality);
        if (outcome is QualityOutcome.Assessed { Assessment: var assessment })
        {
            status = QualityNames.Of(assessment.Status);
            additional = QualityNames.Of(assessment.Additional);
            notMet = assessment.NotMet;
            criteria = [.. assessment.Criteria.Select(c => new CriterionView(c.Criterion.Id, c.Criterion.Framework == QualityFramework.Rooo ? "rooo" : "aef", c.Criterion.Mandatory,
                c.Criterion.Dutch, c.Criterion.Ukrainian, c.Criterion.English, QualityNames.Of(c.Result), c.InspectedOn, c.Explanation.Reference))];
            tasks = [.. assessment.Tasks.Select(t => new FollowUpView(t.CriterionId, t.MunicipalityCode, t.InspectedOn, t.Due, t.DueIsAssumption))];
            explanation.AddRange(assessment.Explanation.Select(ExplanationLine.Of));
        }
        else if (outcome is QualityOutcome.Refused { Missing: var missing })
        {
            refusal = missing.Message;
        }

        var groupPeriods = periods.Select(p => (Row: p, Group: QualityNames.TargetGroup(p.TargetGroup))).Where(p => p.Group is not null)
            .Select(p => new TargetGroupPeriod(p.Group!.Value, p.Row.From, p.Row.Until)).ToList();
        var groupsView = new TargetGroupsView(null, [], [], [.. periods.Select(p => new TargetGroupPeriodView(p.Id, p.TargetGroup, p.From, p.Until))]);
        switch (TargetGroupRule.On(checklist, groupPeriods, date))
        {
            case TargetGroupOutcome.Decided { Groups: var groups }:
                groupsView = groupsView with { Scheme = QualityNames.Of(groups.Scheme), MayHouse = [.. groups.MayHouse.Select(QualityNames.Of)], NotUnderScheme = [.. groups.NotUnderScheme.Select(QualityNames.Of)] };
                explanation.AddRange(groups.Explanation.Select(ExplanationLine.Of));
                break;
            case TargetGroupOutcome.Refused { Missing: var missing }:
                refusal ??= missing.Message;
                break;
        }

        var byInspection = findings.ToLookup(f => f.InspectedOn);
        var inspectionViews = inspections.Select(i => new InspectionView(i.Id, i.InspectedOn, i.Inspector, i.Notes,
            [.. byInspection[i.InspectedOn].OrderBy(f => Order(checklist, f.CriterionId)).Select(f => new FindingView(f.CriterionId, f.Result))])).ToImmutableArray();
        var complaintViews = complaints.Select(View).ToImmutableArray();
        var occupancy = ImmutableArray.CreateBuilder<OccupancyView>();
        occupancy.Add(new OccupancyView(QualityNames.Of(TargetGroup.Displaced), date, residents.Count, "placements"));
        foreach (var latest in reported.GroupBy(o => o.TargetGroup, StringComparer.Ordinal).Select(g => g.OrderBy(o => o.Date).Last()).OrderBy(o => QualityNames.TargetGroups.IndexOf(o.TargetGroup)))
        {
            occupancy.Add(new OccupancyView(latest.TargetGroup, latest.Date, latest.Residents, "reported"));
        }

        if (complaints.Count > 0)
        {
            var data = JsonSerializer.Serialize(new { complaints = complaints.Select(c => c.Reference) });
            await log.ChangeAsync(context, caller, "complaint.read", "location:" + id, "complaints of the location read", data, cancellationToken).ConfigureAwait(false);
        }

        return new CaseResult<LocationQuality>.Ok(new LocationQuality(location.Id, location.Name, location.MunicipalityCode, municipality, date, status, additional, notMet, criteria, tasks,
            groupsView, inspectionViews, complaintViews, [.. conversions.Select(View)], occupancy.ToImmutable(), explanation.ToImmutable(), refusal));
    }

    public static ComplaintView View(LocationComplaint c) =>
        new(c.Id, c.Reference, c.ReceivedOn, c.Category, c.Language, c.Text, c.Status, c.AcknowledgedOn, c.DecidedOn, c.Outcome, c.Version);

    public static ConversionView View(LocationConversion c) => new(c.Id, c.Places, c.PlannedOn, c.DoneOn, c.Version);

    private static int Order(QualityChecklist checklist, string criterion)
    {
        var index = checklist.Criteria.IndexOf(checklist.Criteria.FirstOrDefault(c => c.Id == criterion)!);
        return index < 0 ? int.MaxValue : index;
    }
}
