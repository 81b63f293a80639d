using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Facts;

namespace Overgang.Registry.Runs;

/// <summary>What the registry says after the runs: persons per path, pending actions per owner, occupancy.</summary>
/// <param name="Paths">Persons per path and status, from a decisions run.</param>
/// <param name="PendingActionsByOwner">Outstanding actions per owner, from the same run.</param>
/// <param name="Occupancy">Places and persons placed per location kind on a date (each person's placement holding on the date, as the rules pick it).</param>
public sealed record RegistrySummary(
    IReadOnlyList<(string Path, string Status, int Persons)> Paths,
    IReadOnlyList<(string Owner, int Actions)> PendingActionsByOwner,
    IReadOnlyList<(string Kind, int Locations, int Places, int Placed)> Occupancy)
{
    /// <summary>Reads the summary of a decisions run and the occupancy on a date.</summary>
    public static RegistrySummary Read(RegistryDatabase database, long decisionsRunId, LocalDate occupancyDate)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var context = database.Open();
        var (paths, actions) = Decisions(context, decisionsRunId);
        var places = context.Locations.AsNoTracking().Where(l => l.Opened <= occupancyDate && (l.Closed == null || l.Closed >= occupancyDate))
            .GroupBy(l => l.Kind).Select(g => new { g.Key, Locations = g.Count(), Places = g.Sum(l => l.Capacity) }).ToList();
        // Counted in the database: every placed person's placement would be 4.3 million rows in memory at EU scale.
        var placed = PlacementRows.HoldingOn(context, occupancyDate)
            .Join(context.Locations, p => p.LocationId, l => l.Id, (p, l) => l.Kind)
            .GroupBy(kind => kind).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionary(g => g.Key, g => g.Count, StringComparer.Ordinal);
        var occupancy = places.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Locations, p.Places, placed.GetValueOrDefault(p.Key))).ToList();
        return new RegistrySummary(paths, actions, occupancy);
    }

    /// <summary>
    /// Reads the summary of a decisions run without the occupancy (left empty): what <c>run decisions</c> prints. The
    /// occupancy reads every placement (at 150,000 persons about a third of a reused run's CPU, bench/README.md, stop 30).
    /// </summary>
    public static RegistrySummary ReadDecisions(RegistryDatabase database, long decisionsRunId)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var context = database.Open();
        var (paths, actions) = Decisions(context, decisionsRunId);
        return new RegistrySummary(paths, actions, []);
    }

    private static (List<(string Path, string Status, int Persons)> Paths, List<(string Owner, int Actions)> Actions) Decisions(RegistryContext context, long decisionsRunId)
    {
        var paths = context.Decisions.AsNoTracking().Where(d => d.RunId == decisionsRunId)
            .GroupBy(d => new { d.Path, d.Status }).Select(g => new { g.Key.Path, g.Key.Status, Count = g.Count() }).ToList()
            .OrderByDescending(g => g.Count).Select(g => (g.Path, g.Status, g.Count)).ToList();
        var actions = context.Tasks.AsNoTracking().Where(t => t.RunId == decisionsRunId && t.Kind == "action" && t.Status == "open")
            .GroupBy(t => t.Owner).Select(g => new { g.Key, Count = g.Count() }).ToList()
            .OrderByDescending(g => g.Count).Select(g => (g.Key, g.Count)).ToList();
        return (paths, actions);
    }
}
