using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Overgang.Registry;

namespace Overgang.Web.Cases;

/// <summary>
/// Results computed over many persons, kept until the registry's revision (<see cref="Registry.Model.RegistryRevision"/>,
/// raised in the transaction of every change of a fact the rules read) or the legal day changes, and for a result that
/// also reads runs, tasks or the quality tables (<see cref="KeptOn.FactsAndActivity"/>) until the registry's activity
/// (<see cref="RegistryActivity"/>, raised in the transaction of every change of those rows) changes. A result that
/// reads only one part of the facts (<see cref="KeptOn.Placements"/>, <see cref="KeptOn.ReturnProgramme"/>) is kept
/// until that part's counter or a bulk write raises the revision (<see cref="FactAreas"/>): a person's medical treatment
/// changed leaves the locations list, reception quality's counts and the return programme kept. On the same rows
/// and day the computation gives the same result, so a kept one stays exact. One computation per key at a time: a second
/// request for the same key waits for the first instead of starting another. One instance for the application; the
/// dashboards' counts, the return programme, the transitional stays' work list, the locations list, reception quality
/// and the costs all keep their results here.
/// </summary>
/// <remarks>
/// Only what depends on the registry's rows the two counters count and on the day may be kept: a computation that reads
/// audit entries, accounts or the state of a run in this process must read those per request. Audit entries of a read
/// are written per request by the caller, never kept.
/// </remarks>
public sealed class KeptPerRevision : IDisposable
{
    /// <summary>The most keys kept at once; beyond it a result is computed and not kept.</summary>
    public const int MostKeys = 512;

    private readonly Lock _sync = new();
    private readonly Dictionary<string, (KeptState State, object? Value)> _kept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);
    private int _computations;

    /// <summary>How many computations ran (kept or not): for tests and the log.</summary>
    public int Computations => Volatile.Read(ref _computations);

    /// <summary>
    /// The result for <paramref name="key"/> on the registry's revision and the legal day, computed by
    /// <paramref name="compute"/> when none is kept for them; a result <paramref name="keep"/> rejects (a refusal, say) is
    /// given but not kept.
    /// </summary>
    public Task<T> GetAsync<T>(RegistryContext context, IClock clock, string key, Func<Task<T>> compute, Func<T, bool>? keep, CancellationToken cancellationToken) =>
        GetAsync(context, clock, key, KeptOn.Facts, compute, keep, cancellationToken);

    /// <summary>
    /// The result for <paramref name="key"/> on the registry's revision, the legal day and, when <paramref name="on"/>
    /// says so, the registry's activity, computed by <paramref name="compute"/> when none is kept for them; a result
    /// <paramref name="keep"/> rejects (a refusal, say) is given but not kept.
    /// </summary>
    public async Task<T> GetAsync<T>(RegistryContext context, IClock clock, string key, KeptOn on, Func<Task<T>> compute, Func<T, bool>? keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(compute);
        var state = new KeptState(CaseClock.Today(clock), await RegistryCounters.ReadAsync(context, cancellationToken).ConfigureAwait(false), on);
        if (TryKept<T>(key, state, out var found))
        {
            return found;
        }

        var gate = Gate(key);
        if (gate is null)
        {
            return await Computed(compute).ConfigureAwait(false);
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (TryKept<T>(key, state, out found))
            {
                return found;
            }

            var computed = await Computed(compute).ConfigureAwait(false);
            Keep(key, state, computed, keep);
            return computed;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The same as <see cref="GetAsync{T}(RegistryContext, IClock, string, Func{Task{T}}, Func{T, bool}?, CancellationToken)"/> for a computation on the facts that is not asynchronous (the costs' simulation).</summary>
    public T Get<T>(RegistryContext context, IClock clock, string key, Func<T> compute, Func<T, bool>? keep)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(compute);
        var state = new KeptState(CaseClock.Today(clock), RegistryCounters.Read(context), KeptOn.Facts);
        if (TryKept<T>(key, state, out var found))
        {
            return found;
        }

        var gate = Gate(key);
        if (gate is null)
        {
            Interlocked.Increment(ref _computations);
            return compute();
        }

        gate.Wait();
        try
        {
            if (TryKept<T>(key, state, out found))
            {
                return found;
            }

            Interlocked.Increment(ref _computations);
            var computed = compute();
            Keep(key, state, computed, keep);
            return computed;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_sync)
        {
            foreach (var gate in _gates.Values)
            {
                gate.Dispose();
            }

            _gates.Clear();
            _kept.Clear();
        }
    }

    private async Task<T> Computed<T>(Func<Task<T>> compute)
    {
        Interlocked.Increment(ref _computations);
        return await compute().ConfigureAwait(false);
    }

    private bool TryKept<T>(string key, KeptState state, [MaybeNullWhen(false)] out T value)
    {
        lock (_sync)
        {
            if (_kept.TryGetValue(key, out var kept) && kept.State.On == state.On && kept.State.Holds(state))
            {
                value = (T)kept.Value!;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The key's gate, or <c>null</c> when <see cref="MostKeys"/> keys are in use.</summary>
    private SemaphoreSlim? Gate(string key)
    {
        lock (_sync)
        {
            if (_gates.TryGetValue(key, out var gate))
            {
                return gate;
            }

            if (_gates.Count >= MostKeys)
            {
                return null;
            }

            gate = new SemaphoreSlim(1, 1);
            _gates[key] = gate;
            return gate;
        }
    }

    private void Keep<T>(string key, KeptState state, T value, Func<T, bool>? keep)
    {
        if (keep is not null && !keep(value))
        {
            return;
        }

        lock (_sync)
        {
            // Results no longer exact (another day, or a counter they follow raised) are not asked for again: let them go, and the gates of keys no one holds.
            foreach (var stale in _kept.Where(k => !k.Value.State.Holds(state)).Select(k => k.Key).ToList())
            {
                _kept.Remove(stale);
            }

            foreach (var idle in _gates.Where(g => g.Key != key && !_kept.ContainsKey(g.Key) && g.Value.CurrentCount == 1).Select(g => g.Key).ToList())
            {
                _gates.Remove(idle);
            }

            _kept[key] = (state, value);
        }
    }
}
