using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Model;

namespace Overgang.Registry.Runs;

/// <summary>
/// Runs a pure rule over every key of the population in chunks. Each chunk's results, its audit entries and the run's
/// checkpoint (last key, chunk count, counts per outcome) are committed in one transaction, so a crash or kill at any
/// point leaves the run resumable from the last committed chunk, without duplicates or gaps.
/// </summary>
/// <remarks>
/// A run is idempotent: when a finished run of the same kind, argument and parameter version has the fingerprint of the
/// registry as it is now (<see cref="RunFingerprint"/>), it is returned as it is and nothing is computed or stored, unless
/// <see cref="RunOptions.Rerun"/>. An interrupted run is resumed first. Runs are numbered per kind.
/// </remarks>
internal static class ChunkedRunner
{
    public static BatchRun Run(
        RegistryDatabase database,
        string kind,
        string argument,
        string parameterVersion,
        IClock clock,
        RunOptions options,
        Func<RegistryContext, List<string>> keys,
        Func<RegistryContext, IReadOnlyList<string>, long, AuditChain, Instant, ChunkOutcome> process)
    {
        long runId;
        string? lastKey;
        using (var context = database.Open())
        {
            var fingerprint = RunFingerprint.Of(context, kind, argument, parameterVersion);
            if (!options.Rerun && context.Runs.AsNoTracking()
                    .Where(r => r.Kind == kind && r.Argument == argument && r.ParameterVersion == parameterVersion && r.Status == "finished" && r.Fingerprint == fingerprint)
                    .OrderByDescending(r => r.Id).FirstOrDefault() is { } same)
            {
                options.Progress?.Report(new RunProgress(0, 0) { RunId = same.Id, Reused = true });
                return same;
            }

            var run = context.Runs.Where(r => r.Kind == kind && r.Argument == argument && r.ParameterVersion == parameterVersion && r.Status == "running")
                .OrderByDescending(r => r.Id).FirstOrDefault();
            if (run is null)
            {
                using var transaction = context.Database.BeginTransaction();
                var number = (context.Runs.Where(r => r.Kind == kind).Max(r => (int?)r.Number) ?? 0) + 1;
                run = new BatchRun { Kind = kind, Number = number, Argument = argument, ParameterVersion = parameterVersion, StartedAt = clock.GetCurrentInstant(), Status = "running", Counts = "{}", Fingerprint = fingerprint };
                context.Runs.Add(run);
                context.SaveChanges();
                AuditChain.Append(context, run.StartedAt, new AuditRecord($"system:run/{run.Id}", "run.start", $"run/{run.Id}", $"{kind} {argument}", $"{{\"parameterVersion\":\"{parameterVersion}\"}}"));
                context.SaveChanges();
                transaction.Commit();
            }
            else if (run.Fingerprint != fingerprint && run.Fingerprint is not null)
            {
                // Resumed on a changed registry: its chunks come from two states, so it is never reused.
                run.Fingerprint = null;
                context.SaveChanges();
            }

            runId = run.Id;
            lastKey = run.LastKey;
        }

        List<string> all;
        using (var context = database.Open())
        {
            all = keys(context);
        }

        all.Sort(StringComparer.Ordinal);
        var start = lastKey is null ? 0 : LowerBoundAfter(all, lastKey);
        options.Progress?.Report(new RunProgress(start, all.Count) { RunId = runId });
        var chunk = 0;
        for (var offset = start; offset < all.Count; offset += options.ChunkSize, chunk++)
        {
            var slice = all.GetRange(offset, Math.Min(options.ChunkSize, all.Count - offset));
            using var context = database.Open();
            context.ChangeTracker.AutoDetectChangesEnabled = false;
            using var transaction = context.Database.BeginTransaction();
            var now = clock.GetCurrentInstant();
            var outcome = process(context, slice, runId, AuditChain.After(context), now);
            var run = context.Runs.Single(r => r.Id == runId);
            run.LastKey = slice[^1];
            run.Chunks++;
            run.Counts = Merge(run.Counts, outcome.Counts);
            context.ChangeTracker.DetectChanges();
            context.SaveChanges();
            options.Fault?.Invoke(new RunFaultPoint(chunk, "before-commit"));
            transaction.Commit();
            options.Fault?.Invoke(new RunFaultPoint(chunk, "after-commit"));
            options.Progress?.Report(new RunProgress(offset + slice.Count, all.Count) { RunId = runId });
        }

        using (var context = database.Open())
        {
            using var transaction = context.Database.BeginTransaction();
            var run = context.Runs.Single(r => r.Id == runId);
            run.Status = "finished";
            run.FinishedAt = clock.GetCurrentInstant();
            AuditChain.Append(context, run.FinishedAt.Value, new AuditRecord($"system:run/{run.Id}", "run.finish", $"run/{run.Id}", $"{kind} {argument}", run.Counts));
            context.SaveChanges();
            transaction.Commit();
            return run;
        }
    }

    /// <summary>The first index whose key sorts after <paramref name="lastKey"/>.</summary>
    private static int LowerBoundAfter(List<string> sorted, string lastKey)
    {
        var index = sorted.BinarySearch(lastKey, StringComparer.Ordinal);
        return index >= 0 ? index + 1 : ~index;
    }

    private static string Merge(string counts, IReadOnlyDictionary<string, int> add)
    {
        var total = JsonSerializer.Deserialize<SortedDictionary<string, int>>(counts) ?? [];
        foreach (var (name, count) in add)
        {
            total[name] = total.GetValueOrDefault(name) + count;
        }

        return JsonSerializer.Serialize(total);
    }
}
