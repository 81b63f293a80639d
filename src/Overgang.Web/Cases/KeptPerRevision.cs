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
    private readonly Dictionary<string, (KeptState State, object? Value, bool Updatable)> _kept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);
    private int _computations;
    private int _updates;

    /// <summary>How many computations ran (kept or not): for tests and the log.</summary>
    public int Computations => Volatile.Read(ref _computations);

    /// <summary>How many kept results were brought up to date for the persons changed (<see cref="GetAsync{T}(RegistryContext, IClock, string, KeptOn, FactJournal, Func{Task{T}}, Func{T, IReadOnlySet{string}, Task{T}}, CancellationToken)"/>) instead of computed again: for tests.</summary>
    public int Updates => Volatile.Read(ref _updates);

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
    public Task<T> GetAsync<T>(RegistryContext context, IClock clock, string key, KeptOn on, Func<Task<T>> compute, Func<T, bool>? keep, CancellationToken cancellationToken) =>
        KeptAsync(context, clock, key, on, compute, keep, updating: null, cancellationToken);

    /// <summary>
    /// The result for <paramref name="key"/> kept on one part of the facts (<paramref name="on"/>: <see cref="KeptOn.ReturnProgramme"/>
    /// or <see cref="KeptOn.Stays"/>): when a result is kept for the same day and no bulk write since, and
    /// <paramref name="journal"/> knows every person the changes of that part since touched, <paramref name="update"/>
    /// brings the kept result up to date for them (it must give what <paramref name="compute"/> gives on the rows as they
    /// are now); otherwise <paramref name="compute"/> computes it afresh.
    /// </summary>
    public Task<T> GetAsync<T>(RegistryContext context, IClock clock, string key, KeptOn on, FactJournal journal, Func<Task<T>> compute, Func<T, IReadOnlySet<string>, Task<T>> update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(update);
        _ = KeptState.AreaOf(on) ?? throw new ArgumentOutOfRangeException(nameof(on), on, "not kept on one part of the facts");
        return KeptAsync(context, clock, key, on, compute, keep: null, (journal, update), cancellationToken);
    }

    /// <summary>
    /// The kept result, or one computed (or, with <paramref name="updating"/>, one kept earlier brought up to date) under
    /// the key's gate and kept: the body of both <c>GetAsync</c>.
    /// </summary>
    private async Task<T> KeptAsync<T>(RegistryContext context, IClock clock, string key, KeptOn on, Func<Task<T>> compute, Func<T, bool>? keep,
        (FactJournal Journal, Func<T, IReadOnlySet<string>, Task<T>> Update)? updating, CancellationToken cancellationToken)
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

            T result;
            if (updating is { } updater && TryEarlier<T>(key, state, KeptState.AreaOf(on)!.Value, updater.Journal, out var earlier, out var persons))
            {
                Interlocked.Increment(ref _updates);
                result = await updater.Update(earlier, persons).ConfigureAwait(false);
            }
            else
            {
                result = await Computed(compute).ConfigureAwait(false);
            }

            Keep(key, state, result, keep, updatable: updating is not null);
            return result;
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

    /// <summary>
    /// A result kept for <paramref name="key"/> on the same day and on the same part of the facts, earlier than
    /// <paramref name="state"/> by changes of that part the journal knows by person, with those persons.
    /// </summary>
    private bool TryEarlier<T>(string key, KeptState state, FactArea area, FactJournal journal, [MaybeNullWhen(false)] out T value, [MaybeNullWhen(false)] out IReadOnlySet<string> persons)
    {
        lock (_sync)
        {
            if (_kept.TryGetValue(key, out var kept) && kept.State.On == state.On && kept.State.Day == state.Day && kept.State.Counters.Untracked == state.Counters.Untracked
                && journal.Persons(area, kept.State.Counters.Of(area), state.Counters.Of(area)) is { } changed)
            {
                value = (T)kept.Value!;
                persons = changed;
                return true;
            }
        }

        value = default;
        persons = null;
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

    private void Keep<T>(string key, KeptState state, T value, Func<T, bool>? keep, bool updatable = false)
    {
        if (keep is not null && !keep(value))
        {
            return;
        }

        lock (_sync)
        {
            // Results no longer exact (another day, or a counter they follow raised) are not asked for again: let them go, and the gates of keys no one holds.
            // A result that can be brought up to date stays while its day and the bulk writes do (it is replaced when its key is next read).
            foreach (var stale in _kept.Where(k => !k.Value.State.Holds(state) && !(k.Value.Updatable && k.Value.State.Day == state.Day && k.Value.State.Counters.Untracked == state.Counters.Untracked))
                .Select(k => k.Key).ToList())
            {
                _kept.Remove(stale);
            }

            foreach (var idle in _gates.Where(g => g.Key != key && !_kept.ContainsKey(g.Key) && g.Value.CurrentCount == 1).Select(g => g.Key).ToList())
            {
                _gates.Remove(idle);
            }

            _kept[key] = (state, value, updatable);
        }
    }
}
