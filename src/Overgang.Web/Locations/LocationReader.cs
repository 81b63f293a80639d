using System.Collections.Immutable;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Facts;
using Overgang.Registry.Model;
using Overgang.Rules.Placements;
using Overgang.Web.Cases;
using Overgang.Web.Security;

namespace Overgang.Web.Locations;

/// <summary>
/// Capacity, occupancy and the 28-day absences of reception locations, limited to what the caller may see.
/// </summary>
/// <remarks>
/// Occupancy is the persons whose placement holding on the date (<see cref="PlacementOnDay"/>) is at a location. An
/// absence counts for the 28-day rule the way the allowance run counts it (<see cref="AbsenceRule"/>): it overlaps the
/// date's month and lasts longer than the maximum; only absences of the location's residents on the date are counted.
/// </remarks>
internal static class LocationReader
{
    /// <summary>
    /// The locations of the query's municipality (or all) the caller may see. Every location's summary depends on the
    /// registry's facts (locations, placements, absences, municipality names) and the query's date alone, so the
    /// summaries are kept per day until one of those facts changes (<see cref="KeptOn.Placements"/>; a change of another
    /// fact, a person's medical treatment say, leaves them kept): reading every resident on the date took 0.3 s for the
    /// whole country's 968 locations on the demo registry (issue 14).
    /// </summary>
    public static async Task<LocationList> ListAsync(RegistryContext context, KeptPerRevision kept, IClock clock, Caller caller, LocationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kept);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        var key = string.Create(CultureInfo.InvariantCulture, $"locations {query.Date:yyyy-MM-dd} {query.Municipality ?? "*"}");
        var summaries = await kept.GetAsync(context, clock, key, KeptOn.Placements, () => SummariesAsync(context, query, cancellationToken), keep: null, cancellationToken).ConfigureAwait(false);
        return new LocationList(Iso(query.Date), query.MaximumDays, query.Municipality, [.. summaries.Where(s => caller.MayReadMunicipality(s.MunicipalityCode))]);
    }

    /// <summary>Every location of the query's municipality (or all), summarised on the query's date, in the list's order; read afresh.</summary>
    internal static async Task<ImmutableArray<LocationSummary>> SummariesAsync(RegistryContext context, LocationQuery query, CancellationToken cancellationToken)
    {
        var locations = context.Locations.AsNoTracking();
        if (query.Municipality is { } code)
        {
            locations = locations.Where(l => l.MunicipalityCode == code);
        }

        var rows = await locations.ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = await MunicipalityNamesAsync(context, cancellationToken).ConfigureAwait(false);
        var residents = await ResidentsAsync(context, rows.Select(l => l.Id).ToList(), query.Date, cancellationToken).ConfigureAwait(false);
        var absences = await AbsencesAsync(context, residents.Select(r => r.PersonId).ToList(), query.Absence, cancellationToken).ConfigureAwait(false);

        // Residents grouped by location and the persons away too long, once: per location a scan of every resident made
        // the list of 968 locations take 40 s on the demo registry (issue 14).
        var byLocation = residents.ToLookup(r => r.LocationId, r => r.PersonId, StringComparer.Ordinal);
        var awayTooLong = AwayTooLong(absences, query);
        return [.. rows
            .OrderBy(l => names.GetValueOrDefault(l.MunicipalityCode, l.MunicipalityCode), StringComparer.Ordinal).ThenBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.Id, StringComparer.Ordinal)
            .Select(l => Summary(l, names, byLocation[l.Id], awayTooLong, query))];
    }

    public static async Task<DetailOutcome> DetailAsync(RegistryContext context, Caller caller, string id, LocationQuery query, CancellationToken cancellationToken)
    {
        var location = await context.Locations.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken).ConfigureAwait(false);
        if (location is null)
        {
            return new DetailOutcome.Missing();
        }

        if (!caller.MayReadMunicipality(location.MunicipalityCode))
        {
            return new DetailOutcome.OutOfScope();
        }

        var names = await MunicipalityNamesAsync(context, cancellationToken).ConfigureAwait(false);
        var residents = await ResidentsAsync(context, [location.Id], query.Date, cancellationToken).ConfigureAwait(false);
        var absences = await AbsencesAsync(context, residents.Select(r => r.PersonId).ToList(), query.Absence, cancellationToken).ConfigureAwait(false);
        var summary = Summary(location, names, residents.Where(r => r.LocationId == location.Id).Select(r => r.PersonId), AwayTooLong(absences, query), query);
        if (!caller.SeesPersonalData)
        {
            return new DetailOutcome.Found(new LocationDetail(summary, Iso(query.Date), query.MaximumDays, null, absences.Count), []);
        }

        var ids = absences.Select(a => a.PersonId).Distinct().ToList();
        var persons = await context.Persons.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.GivenName, p.FamilyName, p.GivenNameCyrillic, p.FamilyNameCyrillic, p.MunicipalityCode })
            .ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        var named = new SortedSet<string>(StringComparer.Ordinal);
        var list = absences
            .OrderBy(a => a.From).ThenBy(a => a.PersonId, StringComparer.Ordinal)
            .Select(a =>
            {
                var visible = persons.TryGetValue(a.PersonId, out var p) && caller.MayRead(p.Id, p.MunicipalityCode);
                if (visible)
                {
                    named.Add(a.PersonId);
                }

                return new LocationAbsence(visible ? a.PersonId : null, visible ? p!.GivenName + " " + p.FamilyName : null, Iso(a.From), Iso(a.To), AbsenceRule.DaysAway(a.From, a.To), a.Reported, query.Absence.IsOverMaximum(a.From, a.To))
                {
                    NameCyrillic = visible && p!.GivenNameCyrillic is { Length: > 0 } given && p.FamilyNameCyrillic is { Length: > 0 } family ? given + " " + family : null,
                };
            })
            .ToImmutableArray();
        return new DetailOutcome.Found(new LocationDetail(summary, Iso(query.Date), query.MaximumDays, list, absences.Count), [.. named]);
    }

    private static LocationSummary Summary(ReceptionLocation location, IReadOnlyDictionary<string, string> names, IEnumerable<string> residents, HashSet<string> awayTooLong, LocationQuery query)
    {
        var here = residents.ToHashSet(StringComparer.Ordinal);
        var longAbsences = here.Count(awayTooLong.Contains);
        var open = location.Opened <= query.Date && (location.Closed is null || location.Closed >= query.Date);
        return new LocationSummary(location.Id, location.Name, location.MunicipalityCode, names.GetValueOrDefault(location.MunicipalityCode, location.MunicipalityCode), location.Kind, location.Capacity, here.Count, longAbsences, open);
    }

    /// <summary>The persons with an absence over the maximum in the rule's month.</summary>
    private static HashSet<string> AwayTooLong(List<Absence> absences, LocationQuery query) =>
        absences.Where(a => query.Absence.IsOverMaximum(a.From, a.To)).Select(a => a.PersonId).ToHashSet(StringComparer.Ordinal);

    private static async Task<Dictionary<string, string>> MunicipalityNamesAsync(RegistryContext context, CancellationToken cancellationToken) =>
        await context.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.Name, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);

    /// <summary>Who is placed at the locations on the date (the placement holding per person, as the allowance run reads it).</summary>
    internal static async Task<List<Resident>> ResidentsAsync(RegistryContext context, List<string> locationIds, LocalDate date, CancellationToken cancellationToken) =>
        await AtOn(context, locationIds, date).Select(p => new Resident(p.PersonId, p.LocationId!)).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>How many persons are placed at the locations on the date: <see cref="ResidentsAsync"/> counted in the database.</summary>
    internal static Task<int> ResidentCountAsync(RegistryContext context, List<string> locationIds, LocalDate date, CancellationToken cancellationToken) =>
        AtOn(context, locationIds, date).CountAsync(cancellationToken);

    /// <summary>
    /// The placements holding on the date by the placement rule (<see cref="PlacementRows.HoldingOn"/>) at the locations
    /// (index <c>placement(location)</c>); reading every placement into memory and picking per person took 0.6–4 s on the
    /// demo registry after a change of a fact (issue 14).
    /// </summary>
    internal static IQueryable<Placement> AtOn(RegistryContext context, List<string> locationIds, LocalDate date) =>
        PlacementRows.HoldingOn(context, date).Where(p => p.LocationId != null && locationIds.Contains(p.LocationId));

    /// <summary>The residents' absences overlapping the rule's month (the database narrows by dates; the rule decides which are over the maximum).</summary>
    private static async Task<List<Absence>> AbsencesAsync(RegistryContext context, List<string> personIds, AbsenceRule rule, CancellationToken cancellationToken)
    {
        var first = rule.FirstDay;
        var last = rule.LastDay;
        var all = await context.Absences.AsNoTracking().Where(a => a.From <= last && a.To >= first).ToListAsync(cancellationToken).ConfigureAwait(false);
        var wanted = personIds.ToHashSet(StringComparer.Ordinal);
        return [.. all.Where(a => wanted.Contains(a.PersonId))];
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", null);

    internal sealed record Resident(string PersonId, string LocationId);
}
