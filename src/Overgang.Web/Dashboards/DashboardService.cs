using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Linkage;
using Overgang.Registry.Model;
using Overgang.Registry.Runs;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;
using Overgang.Web.Cases;
using Overgang.Web.Locations;
using Overgang.Web.ReturnProgramme;
using Overgang.Web.Runs;
using Overgang.Web.Security;
using Overgang.Web.Stays;
using Overgang.Web.WorkQueue;

namespace Overgang.Web.Dashboards;

/// <summary>
/// The home page's counts for the caller's role (the page and <c>GET /api/v1/dashboard</c> alike): what needs attention
/// now, each count from an indexed query over the stored outcomes of the latest finished runs, or from a rule's own
/// reading of the registry (occupancy and the absence maximum through the locations' reader, the return programme's
/// steps through its rules). Nothing is decided per request, and no person is named, so nothing is audited.
/// </summary>
internal sealed class DashboardService(
    RegistryContext context,
    ParameterTree parameters,
    IClock clock,
    RunWorker worker,
    ReturnService returns,
    KeptPerRevision kept,
    StayService stays)
{
    /// <summary>Upcoming days on which open tasks fall due, shown besides the end of protection.</summary>
    public const int DueDaysShown = 3;

    /// <summary>Batch runs shown to an administrator.</summary>
    public const int RunsShown = 5;

    /// <summary>The caller's dashboard; refused for a role without one (an analyst's home is the analysis, a person's is their own page).</summary>
    public async Task<CaseResult<Dashboard>> ReadAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role is not (Roles.CaseWorker or Roles.Ind or Roles.Admin or Roles.Departure))
        {
            return new CaseResult<Dashboard>.Refused();
        }

        var today = CaseClock.Today(clock);
        var empty = new Dashboard(caller.Role, today, [], null, null, null, null);
        switch (caller.Role)
        {
            case Roles.CaseWorker:
                // Kept per municipality until the registry's facts, its activity (runs, tasks, decisions) or the day change.
                var municipality = caller.MunicipalityCode!;
                var board = await kept.GetAsync(context, clock, "dashboard caseworker " + municipality, KeptOn.FactsAndActivity,
                    () => CaseWorkerDashboardAsync(caller, municipality, cancellationToken), keep: d => d is not null, cancellationToken).ConfigureAwait(false);
                return board is null
                    ? new CaseResult<Dashboard>.Invalid("date", "the absence maximum is not known for today")
                    : new CaseResult<Dashboard>.Ok(board);
            case Roles.Ind:
                // The open IND tasks and link candidates are the registry's activity alone: kept until it changes (a change of
                // a fact leaves them). The transitional stays read facts and are kept by their own service (StayService).
                var ind = await kept.GetAsync(context, clock, "dashboard ind", KeptOn.Activity,
                    () => IndDashboardAsync(caller, cancellationToken), keep: null, cancellationToken).ConfigureAwait(false);
                var stayCounts = await stays.CountsAsync(caller, cancellationToken).ConfigureAwait(false) is CaseResult<StayCounts>.Ok ok ? ok.Value : new StayCounts(0, 0);
                return new CaseResult<Dashboard>.Ok(ind with { Ind = ind.Ind! with { StayCandidates = stayCounts.Undecided, StaysEnding = stayCounts.Ending } });
            case Roles.Departure:
                return await returns.CountsAsync(caller, cancellationToken).ConfigureAwait(false) is CaseResult<ReturnCounts>.Ok counts
                    ? new CaseResult<Dashboard>.Ok(empty with
                    {
                        Deadlines = await DeadlinesAsync(null, today, null, null, cancellationToken).ConfigureAwait(false),
                        Departure = new DepartureBoard(counts.Value.Month.Month, counts.Value.Month.Participants, counts.Value.Month.PlanningFigure, new TaskCounts(counts.Value.OpenSteps, counts.Value.OverdueSteps)),
                    })
                    : new CaseResult<Dashboard>.Refused();
            default:
                return new CaseResult<Dashboard>.Ok(empty with
                {
                    Deadlines = await DeadlinesAsync(null, today, null, null, cancellationToken).ConfigureAwait(false),
                    Admin = await AdminAsync(cancellationToken).ConfigureAwait(false),
                });
        }
    }

    /// <summary>A case worker's dashboard computed afresh; <c>null</c> when the absence maximum is not known today.</summary>
    private async Task<Dashboard?> CaseWorkerDashboardAsync(Caller caller, string municipality, CancellationToken cancellationToken)
    {
        var today = CaseClock.Today(clock);
        var run = await LatestDecisionsAsync(cancellationToken).ConfigureAwait(false);
        var board = await CaseWorkerAsync(caller, municipality, run, today, cancellationToken).ConfigureAwait(false);
        return board is null ? null : new Dashboard(caller.Role, today, await DeadlinesAsync(run, today, "municipality", municipality, cancellationToken).ConfigureAwait(false), board, null, null, null);
    }

    /// <summary>The IND's dashboard computed afresh (the same for every IND employee).</summary>
    private async Task<Dashboard> IndDashboardAsync(Caller caller, CancellationToken cancellationToken)
    {
        var today = CaseClock.Today(clock);
        var run = await LatestDecisionsAsync(cancellationToken).ConfigureAwait(false);
        return new Dashboard(caller.Role, today, await DeadlinesAsync(run, today, "ind", null, cancellationToken).ConfigureAwait(false), null,
            await IndAsync(run, today, cancellationToken).ConfigureAwait(false), null, null);
    }

    private Task<BatchRun?> LatestDecisionsAsync(CancellationToken cancellationToken) =>
        context.Runs.AsNoTracking().Where(r => r.Kind == RunKinds.Decisions && r.Status == "finished").OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);

    private async Task<CaseWorkerBoard?> CaseWorkerAsync(Caller caller, string municipality, BatchRun? run, LocalDate today, CancellationToken cancellationToken)
    {
        // Occupancy and the absence maximum as the locations list reads them (the page the counts link to).
        if (!LocationQuery.TryRead(caller, null, municipality, parameters, today, out var query, out _))
        {
            return null;
        }

        var list = await LocationReader.ListAsync(context, kept, clock, caller, query, cancellationToken).ConfigureAwait(false);
        var name = await context.Municipalities.AsNoTracking().Where(m => m.Code == municipality).Select(m => m.Name).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? municipality;
        var locations = list.Locations
            .Select(l => new LocationLoad(l.Id, l.Name, l.Capacity, l.Occupied, l.LongAbsences, l.Occupied > l.Capacity))
            .OrderByDescending(l => l.OverCapacity).ThenBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.Id, StringComparer.Ordinal)
            .ToImmutableArray();

        ImmutableArray<KeyCount> byOwner = [];
        var pending = 0;
        var tasks = new TaskCounts(0, 0);
        if (run is not null)
        {
            // Each count is the row count of the list it links to, over the list's own query: the work queue's rows per
            // owner (for the owners of open actions), the municipality's open and overdue tasks, the household search's
            // persons whose latest decision is pending.
            var owners = new List<KeyCount>();
            foreach (var owner in WorkQueueFilter.Owners)
            {
                var open = WorkQueueRows.OfMunicipality(context, WorkQueueRows.Open(context, run.Id, owner), municipality);
                var kinds = await open.GroupBy(t => t.Kind).Select(g => new { Kind = g.Key, Count = g.Count(), Overdue = g.Count(t => t.Due < today) })
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                if (owner == "municipality")
                {
                    tasks = new TaskCounts(kinds.Sum(k => k.Count), kinds.Sum(k => k.Overdue));
                }

                if (kinds.Any(k => k.Kind == "action"))
                {
                    owners.Add(new KeyCount(owner, kinds.Sum(k => k.Count)));
                }
            }

            byOwner = [.. owners.OrderBy(g => OwnerOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)];
            pending = await context.Persons.AsNoTracking()
                .Where(p => p.MunicipalityCode == municipality)
                .CountAsync(p => context.Decisions.Where(d => d.PersonId == p.Id).OrderByDescending(d => d.RunId).Select(d => d.Status).FirstOrDefault() == "pending", cancellationToken)
                .ConfigureAwait(false);
        }

        return new CaseWorkerBoard(municipality, name, DecisionDate(run), byOwner, pending, tasks, list.AbsenceMaximumDays, list.Locations.Sum(l => l.LongAbsences), locations,
            await MonthAsync(municipality, today.ToYearMonth(), cancellationToken).ConfigureAwait(false));
    }

    private async Task<IndBoard> IndAsync(BatchRun? run, LocalDate today, CancellationToken cancellationToken)
    {
        ImmutableArray<KeyCount> byTask = [];
        ImmutableArray<KeyCount> flagged = [];
        var actions = new TaskCounts(0, 0);
        if (run is not null)
        {
            // The IND's work queue (its default list) and its filters by action, overdue and review flag: the same query.
            var open = WorkQueueRows.Open(context, run.Id, "ind");
            byTask = [.. (await open.Where(t => t.Code != null).GroupBy(t => t.Code!).Select(g => new { Code = g.Key, Count = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false))
                .OrderByDescending(g => g.Count).ThenBy(g => g.Code, StringComparer.Ordinal).Select(g => new KeyCount(g.Code, g.Count))];
            actions = await CountTasksAsync(open, today, cancellationToken).ConfigureAwait(false);
            var flagSets = await open.Where(t => t.Flags != 0).Select(t => t.Flags).ToListAsync(cancellationToken).ConfigureAwait(false);
            flagged = [.. TransitionNames.FlagOrder.Select(f => new KeyCount(TransitionNames.Of(f), flagSets.Count(set => (set & (int)f) != 0))).Where(c => c.Count > 0)];
        }

        var pairs = await context.LinkCandidates.AsNoTracking().CountAsync(c => c.Status == LinkReview.Open, cancellationToken).ConfigureAwait(false);
        return new IndBoard(DecisionDate(run), byTask, actions, flagged, pairs, 0, 0);
    }

    private async Task<AdminBoard> AdminAsync(CancellationToken cancellationToken)
    {
        var runs = await context.Runs.AsNoTracking().OrderByDescending(r => r.Id).Take(RunsShown).ToListAsync(cancellationToken).ConfigureAwait(false);
        var lines = runs.Select(r => new RunLine(r.Kind, r.Number, r.Argument, Status(r), r.FinishedAt is { } at ? CaseClock.Date(at) : null)).ToImmutableArray();
        var roles = await context.Accounts.AsNoTracking().Where(a => !a.Disabled).GroupBy(a => a.Role).Select(g => new { Role = g.Key, Count = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetCurrentInstant();
        var locked = (await context.Accounts.AsNoTracking().Where(a => a.LockedUntil != null).Select(a => a.LockedUntil).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Count(until => until > now);
        return new AdminBoard(lines, [.. roles.OrderBy(r => Roles.All.IndexOf(r.Role)).Select(r => new KeyCount(r.Role, r.Count))], locked);
    }

    private string Status(BatchRun run) => RunStatus.Of(run, worker.Live(run.Id));

    /// <summary>The end of protection (from the parameters, while it lies ahead), then the next days on which open tasks of an owner fall due.</summary>
    private async Task<ImmutableArray<Deadline>> DeadlinesAsync(BatchRun? run, LocalDate today, string? owner, string? municipality, CancellationToken cancellationToken)
    {
        var deadlines = new List<Deadline>();
        if (ProtectionEnd.TryLastDay(parameters, today, out var lastDay, out _) && lastDay >= today)
        {
            deadlines.Add(new Deadline(lastDay, "protection-end", null));
        }

        if (run is not null && owner is not null)
        {
            // The next days on which open tasks fall due, each with the count of the work queue it links to (the
            // owner's open tasks due on or before that day, the overdue ones among them).
            var open = WorkQueueRows.Open(context, run.Id, owner);
            if (municipality is not null)
            {
                open = WorkQueueRows.OfMunicipality(context, open, municipality);
            }

            var due = await open.Where(t => t.Due >= today).GroupBy(t => t.Due).Select(g => new { Due = g.Key, Count = g.Count() }).OrderBy(g => g.Due).Take(DueDaysShown).ToListAsync(cancellationToken).ConfigureAwait(false);
            var before = due.Count == 0 ? 0 : await open.CountAsync(t => t.Due < today, cancellationToken).ConfigureAwait(false);
            foreach (var day in due)
            {
                before += day.Count;
                deadlines.Add(new Deadline(day.Due, "tasks-due", before));
            }
        }

        return [.. deadlines.OrderBy(d => d.Date).ThenBy(d => d.Kind, StringComparer.Ordinal)];
    }

    private async Task<MonthRunCounts> MonthAsync(string municipality, YearMonth month, CancellationToken cancellationToken)
    {
        var argument = month.ToString("yyyy-MM", null);
        var run = await context.Runs.AsNoTracking().Where(r => r.Kind == RunKinds.Allowance && r.Argument == argument && r.Status == "finished")
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return new MonthRunCounts(argument, null, 0, 0, 0);
        }

        var outcomes = await context.Payments.AsNoTracking().Where(p => p.RunId == run.Id && p.MunicipalityCode == municipality)
            .GroupBy(p => p.Outcome).Select(g => new { Outcome = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Outcome, g => g.Count, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        return new MonthRunCounts(argument, run.Number, outcomes.GetValueOrDefault("calculated"), outcomes.GetValueOrDefault("not-calculable"), outcomes.GetValueOrDefault("ended-absence"));
    }

    private static async Task<TaskCounts> CountTasksAsync(IQueryable<CaseTask> open, LocalDate today, CancellationToken cancellationToken)
    {
        var all = await open.CountAsync(cancellationToken).ConfigureAwait(false);
        var overdue = all == 0 ? 0 : await open.CountAsync(t => t.Due < today, cancellationToken).ConfigureAwait(false);
        return new TaskCounts(all, overdue);
    }

    private static LocalDate? DecisionDate(BatchRun? run) =>
        run is not null && NodaTime.Text.LocalDatePattern.Iso.Parse(run.Argument) is { Success: true } date ? date.Value : null;

    /// <summary>The owners in the order the page lists them: the person, the IND, the municipality, then any other.</summary>
    private static int OwnerOrder(string owner) => owner switch
    {
        "person" => 0,
        "ind" => 1,
        "municipality" => 2,
        _ => 3,
    };
}
