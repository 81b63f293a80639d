using System.Collections.Immutable;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Rules.ReceptionQuality;
using Overgang.Web.Cases;
using Overgang.Web.Locations;

namespace Overgang.Web.Quality;

/// <summary>
/// The ministry's figures on reception quality and target groups (<see cref="ReceptionOverview"/>): every location's
/// status by the rules (<see cref="QualityEvaluation"/>), occupancy per target group, complaints per month by status,
/// planned conversions. Counts only: no person, no complaint text, municipality names.
/// </summary>
internal static class ReceptionAggregates
{
    /// <summary>Occupancy is counted on the day and this many months before it, every six months.</summary>
    private static readonly int[] MonthsBack = [12, 6, 0];

    /// <summary>
    /// The overview on <paramref name="date"/>, kept per day until the registry's activity or its placements and locations
    /// change (<see cref="KeptOn.PlacementsAndActivity"/>): the quality, reported occupancy, complaints and conversions
    /// are activity (<see cref="RegistryActivity"/>), the locations, placements and municipality names facts of
    /// <see cref="FactArea.Placements"/>; no other fact is read, so a person's medical treatment changed leaves it kept.
    /// Within it, the displaced people placed at the open municipal locations on each day counted are kept on the
    /// placements alone (<see cref="KeptOn.Placements"/>): each is counted in the database over the placements holding on
    /// its day (about 0.1 s on the demo registry), and a new complaint does not change them.
    /// </summary>
    public static Task<ReceptionOverview> ReadAsync(RegistryContext context, KeptPerRevision kept, IClock clock, LocalDate date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kept);
        return kept.GetAsync(context, clock, string.Create(CultureInfo.InvariantCulture, $"reception overview {date:yyyy-MM-dd}"), KeptOn.PlacementsAndActivity,
            () => ComputeAsync(context, kept, clock, date, cancellationToken), keep: null, cancellationToken);
    }

    /// <summary>What <see cref="ReadAsync"/> keeps, computed afresh (but for the displaced people's counts).</summary>
    internal static async Task<ReceptionOverview> ComputeAsync(RegistryContext context, KeptPerRevision kept, IClock clock, LocalDate date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kept);
        var names = await context.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.Name, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var locations = await context.Locations.AsNoTracking().Where(l => l.Kind != "coa").ToListAsync(cancellationToken).ConfigureAwait(false);
        var byId = locations.ToDictionary(l => l.Id, StringComparer.Ordinal);
        string Name(string locationId) => names.GetValueOrDefault(byId[locationId].MunicipalityCode, byId[locationId].MunicipalityCode);

        var reported = await context.ReportedOccupancy.AsNoTracking().Where(o => o.Date <= date).ToListAsync(cancellationToken).ConfigureAwait(false);
        var points = ImmutableArray.CreateBuilder<OccupancyPoint>();
        foreach (var back in MonthsBack)
        {
            var day = date.PlusMonths(-back);
            var open = locations.Where(l => l.Opened <= day && (l.Closed is null || l.Closed >= day)).ToList();
            var displaced = await kept.GetAsync(context, clock, string.Create(CultureInfo.InvariantCulture, $"reception displaced {day:yyyy-MM-dd}"), KeptOn.Placements,
                () => DisplacedAsync(context, open, day, cancellationToken), keep: null, cancellationToken).ConfigureAwait(false);
            int Reported(TargetGroup group) => reported
                .Where(o => o.Date <= day && o.TargetGroup == QualityNames.Of(group) && byId.ContainsKey(o.LocationId))
                .GroupBy(o => o.LocationId, StringComparer.Ordinal)
                .Sum(g => g.OrderBy(o => o.Date).Last().Residents);
            points.Add(new OccupancyPoint(day, open.Sum(l => l.Capacity), displaced, Reported(TargetGroup.StatusHolders), Reported(TargetGroup.AsylumSeekers)));
        }

        var findings = (await context.InspectionFindings.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(f => f.LocationId, StringComparer.Ordinal);
        var checklist = QualityChecklist.Default;
        var quality = locations
            .Where(l => l.Opened <= date && (l.Closed is null || l.Closed >= date))
            .Select(l => (Municipality: names.GetValueOrDefault(l.MunicipalityCode, l.MunicipalityCode), Outcome: QualityEvaluation.Evaluate(checklist, l.MunicipalityCode,
                findings[l.Id].Select(f => new QualityFinding(f.CriterionId, QualityNames.Finding(f.Result) ?? FindingResult.NotAssessed, f.InspectedOn)), date)))
            .GroupBy(x => x.Municipality, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var assessed = g.Select(x => x.Outcome).OfType<QualityOutcome.Assessed>().Select(a => a.Assessment).ToList();
                return new MunicipalityQuality(g.Key, g.Count(), assessed.Count(a => a.Status == QualityStatus.Meets), assessed.Count(a => a.Status == QualityStatus.DoesNotMeet),
                    assessed.Count(a => a.Status == QualityStatus.NotFullyAssessed), assessed.Sum(a => a.Tasks.Length));
            })
            .ToImmutableArray();

        var complaints = await context.Complaints.AsNoTracking().Where(c => c.ReceivedOn <= date).Select(c => new { c.ReceivedOn, c.Status }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var months = complaints.GroupBy(c => c.ReceivedOn.ToYearMonth()).OrderBy(g => g.Key)
            .Select(g => new ComplaintMonth(g.Key, g.Count(c => c.Status == Overgang.Registry.Model.ComplaintCodes.Statuses[0]), g.Count(c => c.Status == Overgang.Registry.Model.ComplaintCodes.Statuses[1]), g.Count(c => c.Status == Overgang.Registry.Model.ComplaintCodes.Statuses[2])))
            .ToImmutableArray();

        var conversions = await context.Conversions.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var planned = conversions.Where(c => byId.ContainsKey(c.LocationId)).GroupBy(c => Name(c.LocationId), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MunicipalityConversions(g.Key, g.Select(c => c.LocationId).Distinct(StringComparer.Ordinal).Count(),
                g.Where(c => c.DoneOn is null).Sum(c => c.Places), g.Where(c => c.DoneOn is not null).Sum(c => c.Places),
                g.Where(c => c.DoneOn is null).Select(c => (LocalDate?)c.PlannedOn).Min()))
            .ToImmutableArray();
        return new ReceptionOverview(date, points.ToImmutable(), quality, months, planned);
    }

    /// <summary>The displaced people placed at <paramref name="open"/> (the municipal locations open on the day) on <paramref name="day"/>, read afresh.</summary>
    internal static Task<int> DisplacedAsync(RegistryContext context, List<Overgang.Registry.Model.ReceptionLocation> open, LocalDate day, CancellationToken cancellationToken) =>
        LocationReader.ResidentCountAsync(context, [.. open.Select(l => l.Id)], day, cancellationToken);
}
