using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry;
using Overgang.Registry.Model;
using Overgang.Registry.Runs;
using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;
using Overgang.Rules.Transition;
using Overgang.Web.Api;
using Overgang.Web.Audit;
using Overgang.Web.Security;

namespace Overgang.Web.Runs;

/// <summary>
/// <c>/api/v1/runs</c>: start a decisions or allowance run in the background (administrators; the IND decisions runs
/// only), follow its progress and read its result.
/// </summary>
internal static class RunEndpoints
{
    private const int DefaultChunk = 5_000;

    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/runs").WithTags("runs").RequireAuthorization(AccessPolicies.Decisions);
        group.MapPost("", StartAsync).Accepts<StartRunRequest>("application/json")
            .WithSummary("Starts a batch run in the background (one at a time): {kind: decisions, date} or {kind: allowance, month}. 202 with the run; 200 with the finished run that already has the same inputs, parameters and registry state (reused: true; rerun: true runs again); 409 while another runs. Allowance runs: administrators only.");
        group.MapGet("", ListAsync).WithSummary("The batch runs, newest first.");
        group.MapGet("/{id:long}", ReadAsync).WithSummary("A run's status, progress, counts, and its result when finished.");
        group.MapPost("/{id:long}/stop", StopAsync)
            .WithSummary("Asks a run this server is running to stop after its chunk under way: 202 with the run (status stopping, then stopped); what was committed is kept and starting the same run again goes on from there. 409 when it is not running here; 404 for no such run. Allowance runs: administrators only.");
    }

    private static async Task<Results<Accepted<RunResponse>, Ok<RunResponse>, ProblemHttpResult>> StartAsync(
        HttpContext http, RunWorker worker, RegistryDatabase database, RegistryContext context, AccessLog log, ParameterTree parameters, IClock clock, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User)!;
        StartRunRequest? request;
        try
        {
            request = http.Request.HasJsonContentType() ? await http.Request.ReadFromJsonAsync<StartRunRequest>(cancellationToken).ConfigureAwait(false) : null;
        }
        catch (JsonException e)
        {
            // The body is read here rather than bound, so that a value of the wrong type is named like any other bad field.
            var field = e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
            return Problems.BadInput(field, "not valid JSON here: " + (e.Path ?? "the body"));
        }

        if (request is null || string.IsNullOrWhiteSpace(request.Kind))
        {
            return Problems.BadInput("kind", "required: decisions or allowance");
        }

        if (request.ChunkSize is < 1)
        {
            return Problems.BadInput("chunkSize", "must be at least 1");
        }

        var options = (IProgress<RunProgress> progress, CancellationToken stop) => new RunOptions(request.ChunkSize ?? DefaultChunk, progress, Rerun: request.Rerun ?? false) { Stop = stop };
        StartOutcome outcome;
        switch (request.Kind)
        {
            case RunKinds.Decisions:
                if (string.IsNullOrWhiteSpace(request.Date) || LocalDatePattern.Iso.Parse(request.Date) is not { Success: true } date)
                {
                    return Problems.BadInput("date", "required for a decisions run: YYYY-MM-DD");
                }

                if (!TransitionSchedule.TryFor(parameters, date.Value, out _, out var missing))
                {
                    return Problems.BadInput("date", missing.Message, missing.ParameterId);
                }

                if (RuleMonths.Of(parameters) is var dates && !dates.Contains(date.Value))
                {
                    return Problems.BadInput("date", dates.Message);
                }

                outcome = await worker.StartAsync(RunKinds.Decisions, Iso(date.Value), parameters.Version, (progress, stop) =>
                    DecisionsRun.TryExecute(database, date.Value, parameters, clock, options(progress, stop), out var run, out var late)
                        ? run
                        : throw new InvalidOperationException(late.Message), cancellationToken).ConfigureAwait(false);
                break;
            case RunKinds.Allowance:
                if (caller.Role != Roles.Admin)
                {
                    return Problems.Forbidden("allowance runs are started by administrators");
                }

                if (string.IsNullOrWhiteSpace(request.Month) || YearMonthPattern.Iso.Parse(request.Month) is not { Success: true } month)
                {
                    return Problems.BadInput("month", "required for an allowance run: YYYY-MM");
                }

                if (!AbsenceRule.TryFor(parameters, month.Value, out _, out var absent))
                {
                    return Problems.BadInput("month", absent.Message, absent.ParameterId);
                }

                if (RuleMonths.Of(parameters) is var months && !months.Contains(month.Value))
                {
                    return Problems.BadInput("month", months.Message);
                }

                outcome = await worker.StartAsync(RunKinds.Allowance, month.Value.ToString("yyyy-MM", null), parameters.Version, (progress, stop) =>
                    AllowanceRun.Execute(database, month.Value, parameters, clock, options(progress, stop)), cancellationToken).ConfigureAwait(false);
                break;
            default:
                return Problems.BadInput("kind", "unknown kind '" + request.Kind + "': decisions or allowance");
        }

        if (outcome is StartOutcome.Busy busy)
        {
            return TypedResults.Problem(
                detail: "another run is running" + (busy.RunId is { } id ? ": /api/v1/runs/" + id : ""),
                statusCode: StatusCodes.Status409Conflict,
                title: "A run is in progress",
                extensions: new Dictionary<string, object?> { ["runId"] = busy.RunId });
        }

        var (started, reused) = (StartOutcome.Started)outcome;
        if (!reused)
        {
            // The run's own entries name the run as their actor (run.start, its chunks' entries); this one names who asked.
            var data = JsonSerializer.Serialize(new { chunkSize = request.ChunkSize ?? DefaultChunk, rerun = request.Rerun ?? false });
            await log.ChangeAsync(context, caller, "run.request", "run/" + started, request.Kind + " " + (request.Date ?? request.Month), data, cancellationToken).ConfigureAwait(false);
        }

        var response = await ResponseAsync(context, worker, started, cancellationToken).ConfigureAwait(false);
        return reused
            ? TypedResults.Ok(response! with { Reused = true })
            : TypedResults.Accepted("/api/v1/runs/" + started, response!);
    }

    private static async Task<Results<Accepted<RunResponse>, ProblemHttpResult>> StopAsync(
        long id, HttpContext http, RunWorker worker, RegistryContext context, AccessLog log, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User)!;
        var run = await context.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return Problems.NotFound("no run " + id);
        }

        if (run.Kind == RunKinds.Allowance && caller.Role != Roles.Admin)
        {
            return Problems.Forbidden("allowance runs are stopped by administrators");
        }

        if (run.Status == "finished" || worker.Live(id) is not { Running: true })
        {
            return TypedResults.Problem(
                detail: run.Status == "finished" ? RunKinds.NameOf(run) + " is finished" : RunKinds.NameOf(run) + " is not running on this server: nothing to stop (start it again to resume it)",
                statusCode: StatusCodes.Status409Conflict,
                title: "The run is not running here",
                extensions: new Dictionary<string, object?> { ["runId"] = id });
        }

        // Recorded before the run is asked: a stop that was asked is never missing from the log.
        await log.ChangeAsync(context, caller, "run.stop", "run/" + id, RunKinds.NameOf(run) + ": stop asked", "{}", cancellationToken).ConfigureAwait(false);
        worker.Stop(id);
        var response = await ResponseAsync(context, worker, id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Accepted("/api/v1/runs/" + id, response!);
    }

    private static async Task<ImmutableArray<RunResponse>> ListAsync(RegistryContext context, RunWorker worker, CancellationToken cancellationToken)
    {
        var runs = await context.Runs.AsNoTracking().OrderByDescending(r => r.Id).Take(100).ToListAsync(cancellationToken).ConfigureAwait(false);
        var responses = ImmutableArray.CreateBuilder<RunResponse>(runs.Count);
        foreach (var run in runs)
        {
            var live = worker.Live(run.Id);
            var row = run;
            if (run.Status != "finished" && live is { Running: false })
            {
                // The run stopped after its row was read: read the row again, which the worker stored before it stopped.
                row = await context.Runs.AsNoTracking().SingleAsync(r => r.Id == run.Id, cancellationToken).ConfigureAwait(false);
            }

            responses.Add(Response(row, live, null));
        }

        return responses.MoveToImmutable();
    }

    private static async Task<Results<Ok<RunResponse>, ProblemHttpResult>> ReadAsync(long id, RegistryContext context, RunWorker worker, CancellationToken cancellationToken) =>
        await ResponseAsync(context, worker, id, cancellationToken).ConfigureAwait(false) is { } response
            ? TypedResults.Ok(response)
            : Problems.NotFound("no run " + id);

    /// <summary>A run's status and, when finished, its result; null when there is no such run.</summary>
    /// <param name="context">The registry.</param>
    /// <param name="worker">The background worker that runs it.</param>
    /// <param name="id">The run's id.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <param name="betweenReads">For the test that forces a run to finish between the two reads; null in the product.</param>
    internal static async Task<RunResponse?> ResponseAsync(RegistryContext context, RunWorker worker, long id, CancellationToken cancellationToken, Func<LiveRun?, Task>? betweenReads = null)
    {
        // The worker's live state first, then the row: the worker stores a finished run before it stops running, so a run
        // that finishes between the two reads shows as finished, never as interrupted.
        var live = worker.Live(id);
        if (betweenReads is not null)
        {
            await betweenReads(live).ConfigureAwait(false);
        }

        var run = await context.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return null;
        }

        var result = run.Status == "finished" ? await ResultAsync(context, run, cancellationToken).ConfigureAwait(false) : null;
        return Response(run, live, result);
    }

    private static RunResponse Response(BatchRun run, LiveRun? live, RunResult? result)
    {
        var status = RunStatus.Of(run, live);
        var counts = JsonSerializer.Deserialize<Dictionary<string, int>>(run.Counts) ?? [];
        return new RunResponse(
            run.Id, run.Number, run.Kind, run.Argument, run.ParameterVersion, status,
            InstantPattern.ExtendedIso.Format(run.StartedAt), run.FinishedAt is { } at ? InstantPattern.ExtendedIso.Format(at) : null,
            run.Chunks, live?.Done, live?.Total, counts.ToImmutableSortedDictionary(StringComparer.Ordinal), live?.Error, result);
    }

    private static async Task<RunResult> ResultAsync(RegistryContext context, BatchRun run, CancellationToken cancellationToken)
    {
        if (run.Kind == RunKinds.Decisions)
        {
            var paths = (await context.Decisions.AsNoTracking().Where(d => d.RunId == run.Id)
                    .GroupBy(d => new { d.Path, d.Status }).Select(g => new { g.Key.Path, g.Key.Status, Count = g.Count() })
                    .ToListAsync(cancellationToken).ConfigureAwait(false))
                .OrderByDescending(g => g.Count).ThenBy(g => g.Path, StringComparer.Ordinal).ThenBy(g => g.Status, StringComparer.Ordinal)
                .Select(g => new PathCount(g.Path, g.Status, g.Count)).ToImmutableArray();
            var actions = (await context.Tasks.AsNoTracking().Where(t => t.RunId == run.Id && t.Kind == "action" && t.Status == "open")
                    .GroupBy(t => t.Owner).Select(g => new { g.Key, Count = g.Count() })
                    .ToListAsync(cancellationToken).ConfigureAwait(false))
                .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new OwnerCount(g.Key, g.Count)).ToImmutableArray();
            return new RunResult(paths, actions, 0, 0, 0);
        }

        // Money is summed in memory: SQLite cannot be trusted with aggregate arithmetic on every provider the same way.
        var payments = await context.Payments.AsNoTracking().Where(p => p.RunId == run.Id)
            .Select(p => new { p.AllowanceCents, p.ContributionCents }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new RunResult([], [], payments.Count, payments.Sum(p => p.AllowanceCents), payments.Sum(p => p.ContributionCents));
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", null);
}
