using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry;
using Overgang.Rules.Transition;

namespace Overgang.Web.Dashboards;

/// <summary>
/// The review flags of a finished decisions run, counted once per run and kept: a run's stored decisions never change,
/// so the count stays exact. The flags are the rules' outcome as stored (<see cref="StoredDecision.FlagsOf"/>); nothing
/// is decided again.
/// </summary>
public sealed class RunFlagCounts(RegistryDatabase database)
{
    /// <summary>Runs whose counts are kept (the latest few; a new run is counted on first use).</summary>
    private const int Kept = 4;

    private readonly ConcurrentDictionary<long, Lazy<Task<ImmutableArray<KeyCount>>>> _runs = new();

    /// <summary>Decisions of the run per flag, in the rules' order; a flag no decision has is left out.</summary>
    public Task<ImmutableArray<KeyCount>> OfAsync(long runId)
    {
        var lazy = _runs.GetOrAdd(runId, id => new Lazy<Task<ImmutableArray<KeyCount>>>(() => Task.Run(() => Count(id))));
        foreach (var old in _runs.Keys.Where(k => k != runId).OrderDescending().Skip(Kept - 1))
        {
            _runs.TryRemove(old, out _);
        }

        return lazy.Value;
    }

    private ImmutableArray<KeyCount> Count(long runId)
    {
        using var context = database.Open();
        var counts = new int[TransitionNames.FlagOrder.Count];
        foreach (var stored in context.Decisions.AsNoTracking().Where(d => d.RunId == runId && d.Stored != null).Select(d => d.Stored!).AsEnumerable())
        {
            var flags = StoredDecision.FlagsOf(stored);
            if (flags == ReviewFlags.None)
            {
                continue;
            }

            for (var i = 0; i < counts.Length; i++)
            {
                counts[i] += flags.HasFlag(TransitionNames.FlagOrder[i]) ? 1 : 0;
            }
        }

        return [.. TransitionNames.FlagOrder.Select((f, i) => new KeyCount(TransitionNames.Of(f), counts[i])).Where(c => c.Count > 0)];
    }
}
