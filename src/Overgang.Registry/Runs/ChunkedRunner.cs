using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Model;
using Overgang.Registry.Storage;

namespace Overgang.Registry.Runs;

/// <summary>
/// Runs a pure rule over every key of the population in chunks. Each chunk's results, its audit entries and the run's
/// checkpoint (last key, chunk count, counts per outcome) are committed in one transaction, so a crash or kill at any
/// point leaves the run resumable from the last committed chunk, without duplicates or gaps.
/// </summary>
/// <remarks>
/// <para>A run is idempotent: when a finished run of the same kind, argument and parameter version has the fingerprint of the
/// registry as it is now (<see cref="RunFingerprint"/>), it is returned as it is and nothing is computed or stored, unless
/// <see cref="RunOptions.Rerun"/>. An interrupted run is resumed first. Runs are numbered per kind.</para>
/// <para>The keys are never all in memory (4.3 million persons make about 2.7 million household keys): a chunk's keys are
/// read from the database when the chunk is taken, the next ones after the last one read (on SQLite) or those between the
/// chunk's first and last key (on PostgreSQL, whose chunk rows are made at the start by walking the key index, one
/// boundary per chunk). Only counts and a chunk's keys are held.</para>
/// <para>Each chunk is split in two: <c>load</c> reads its facts (a pure read, returning an immutable input; it may also
/// apply the pure rule and make the rows to store, as the decisions run does) and <c>write</c> stores inside the chunk's
/// transaction. With <see cref="RunOptions.Pipeline"/> the next chunks are loaded while the current one is written, each on
/// a reading connection and thread of its own (<see cref="RunOptions.Readers"/> chunks ahead, so memory stays bounded),
/// and written in the order they were taken.</para>
/// <para>On PostgreSQL a run is shared by every worker that runs it, in this process (<see cref="RunOptions.Workers"/>)
/// or in others, on this machine or another: the first creates the run and its chunks (<see cref="RunChunk"/>), under an
/// advisory lock so two starters make one run; each worker leases the next free chunk (<c>FOR UPDATE SKIP LOCKED</c>),
/// renews its leases while it works, and commits the chunk's results with the chunk's status. A killed worker's lease
/// expires (<see cref="RunOptions.Lease"/>) and another worker takes the chunk. The worker that finds every chunk done
/// finishes the run under the run's row lock, so exactly one writes <c>run.finish</c>. On SQLite one process runs a run:
/// a second one finds at its first commit that the checkpoint moved and stops with <see cref="RunConflictException"/>.</para>
/// <para>The audit log is one hash chain (<see cref="AuditChain"/>) whose next entry depends on the last one, so
/// concurrent workers cannot each extend it from where they started. A chunk's entries are made on a deferred chain and
/// sealed at commit, after the run's row is locked (<c>SELECT ... FOR NO KEY UPDATE</c>, which the results' foreign-key locks on the run do not block): the lock serialises only the append
/// and the checkpoint update, at the end of each chunk's transaction, while the reading, deciding and writing of results
/// go on in parallel. Entries therefore stay one valid chain in commit order, and <c>audit verify</c> holds at every
/// moment, also while workers run or after one is killed. (Chaining per chunk and linking at the finish would leave the
/// log unverifiable while a run is under way or abandoned.)</para>
/// </remarks>
internal static class ChunkedRunner
{
    /// <summary>The advisory lock under which a PostgreSQL run and its chunks are created (one run for two starters).</summary>
    private const long CreateLock = 0x4F76_5275_6E73;

    /// <summary>
    /// Runs (or resumes, joins, or reuses) a run; <c>Whole</c> is true when this call committed every chunk of the run.
    /// <c>load</c> gets the run's id too: it may compute the chunk's rows on the reading thread (a pure rule needs no
    /// transaction), leaving the writing thread only the writes, so the two stages are better balanced.
    /// </summary>
    public static (BatchRun Run, bool Whole) Run<TInput>(
        RegistryDatabase database,
        string kind,
        string argument,
        string parameterVersion,
        IClock clock,
        RunOptions options,
        Func<RegistryContext, IQueryable<string>> keys,
        Func<RegistryContext, IReadOnlyList<string>, long, TInput> load,
        Func<RegistryContext, TInput, long, AuditChain, Instant, ChunkOutcome> write,
        Action<int, ChunkOutcome>? committed = null)
    {
        if (options.Workers < 1 || (options.Workers > 1 && !database.IsPostgres))
        {
            throw new ArgumentException("several workers need PostgreSQL: on SQLite one process runs a run with one worker", nameof(options));
        }

        int total;
        Source source;
        long runId;
        using (var context = database.Open())
        {
            var fingerprint = RunFingerprint.Of(context, kind, argument, parameterVersion);
            if (Reusable(context, kind, argument, parameterVersion, fingerprint, options) is { } same)
            {
                options.Progress?.Report(new RunProgress(0, 0) { RunId = same.Id, Reused = true });
                return (same, false);
            }

            // A key that is not the log's stops the run here, before a chunk is read, not at its first commit.
            AuditChain.Confirm(context);
            var slices = new KeyRange(keys);
            total = slices.Count(context);
            if (database.IsPostgres)
            {
                using var transaction = context.Database.BeginTransaction();

                // Another starter may hold the lock while it makes the run's chunk rows, which takes longer the larger the
                // registry (two processes at 4.3 million persons: the second one's wait ran past the 30 s command timeout and
                // it failed): the wait has no time limit. A starter that dies ends its transaction, and so the lock.
                context.Database.SetCommandTimeout(0);
                context.Database.ExecuteSqlRaw("SELECT pg_advisory_xact_lock({0})", CreateLock);
                context.Database.SetCommandTimeout(null);
                if (Reusable(context, kind, argument, parameterVersion, fingerprint, options) is { } finished)
                {
                    options.Progress?.Report(new RunProgress(0, 0) { RunId = finished.Id, Reused = true });
                    return (finished, false);
                }

                var run = StartOrResume(context, kind, argument, parameterVersion, fingerprint, clock);
                if (!context.RunChunks.Any(c => c.RunId == run.Id))
                {
                    // A new run, or one started before runs had chunks: its remaining keys in chunks, numbered after its committed ones.
                    var chunks = new List<RunChunk>();
                    foreach (var (first, last) in slices.Bounds(context, run.LastKey, options.ChunkSize))
                    {
                        chunks.Add(new RunChunk { RunId = run.Id, Index = run.Chunks + chunks.Count, FirstKey = first, LastKey = last, Status = "free" });
                    }

                    BulkWriter.Insert(context, chunks);
                }

                transaction.Commit();
                runId = run.Id;
                source = new LeasedChunks(database, run.Id, slices, options.Lease);
            }
            else
            {
                var run = StartOrResume(context, kind, argument, parameterVersion, fingerprint, clock);
                runId = run.Id;
                source = new KeySlices(run, slices, slices.CountThrough(context, run.LastKey), options.ChunkSize);
            }
        }

        using (source)
        {
            options.Progress?.Report(new RunProgress(source.Done, total) { RunId = runId });
            var shared = new Shared(options.Progress, total, source.Done, committed);
            if (options.Workers == 1)
            {
                Work(database, clock, options, runId, source, load, write, shared, 0);
            }
            else
            {
                var workers = Enumerable.Range(0, options.Workers)
                    .Select(w => Task.Factory.StartNew(() => Work(database, clock, options, runId, source, load, write, shared, w), TaskCreationOptions.LongRunning))
                    .ToArray();
                try
                {
                    Task.WaitAll(workers);
                }
                catch (AggregateException e) when (e.InnerExceptions.Count > 0)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                }
            }

            var whole = source.Whole(shared.Committed);
            if (shared.Stopped)
            {
                // Stopped on request before its last chunk: not finished, as the run's row says.
                using var context = database.Open();
                return (context.Runs.AsNoTracking().Single(r => r.Id == runId), false);
            }

            return (Finish(database, clock, runId, kind, argument), whole);
        }
    }

    private static BatchRun? Reusable(RegistryContext context, string kind, string argument, string parameterVersion, string fingerprint, RunOptions options) =>
        options.Rerun ? null : context.Runs.AsNoTracking()
            .Where(r => r.Kind == kind && r.Argument == argument && r.ParameterVersion == parameterVersion && r.Status == "finished" && r.Fingerprint == fingerprint)
            .OrderByDescending(r => r.Id).FirstOrDefault();

    /// <summary>The running run of this kind and argument (its fingerprint dropped when the registry changed), or a new one with its <c>run.start</c> entry.</summary>
    private static BatchRun StartOrResume(RegistryContext context, string kind, string argument, string parameterVersion, string fingerprint, IClock clock)
    {
        var run = context.Runs.Where(r => r.Kind == kind && r.Argument == argument && r.ParameterVersion == parameterVersion && r.Status == "running")
            .OrderByDescending(r => r.Id).FirstOrDefault();
        if (run is null)
        {
            var own = context.Database.CurrentTransaction is null ? context.Database.BeginTransaction() : null;
            var number = (context.Runs.Where(r => r.Kind == kind).Max(r => (int?)r.Number) ?? 0) + 1;
            run = new BatchRun { Kind = kind, Number = number, Argument = argument, ParameterVersion = parameterVersion, StartedAt = clock.GetCurrentInstant(), Status = "running", Counts = "{}", Fingerprint = fingerprint };
            context.Runs.Add(run);
            context.SaveChanges();
            AuditChain.Append(context, run.StartedAt, new AuditRecord($"system:run/{run.Id}", "run.start", $"run/{run.Id}", $"{kind} {argument}", $"{{\"parameterVersion\":\"{parameterVersion}\"}}"));
            context.SaveChanges();
            own?.Commit();
            own?.Dispose();
        }
        else if (run.Fingerprint != fingerprint && run.Fingerprint is not null)
        {
            // Resumed on a changed registry: its chunks come from two states, so it is never reused.
            run.Fingerprint = null;
            context.SaveChanges();
        }

        return run;
    }

    /// <summary>
    /// One worker: loads chunks (with the pipeline, <see cref="RunOptions.Readers"/> of them ahead, each on a reading
    /// connection and thread of its own) and writes each in its transaction, in the order the chunks were taken.
    /// </summary>
    private static void Work<TInput>(
        RegistryDatabase database,
        IClock clock,
        RunOptions options,
        long runId,
        Source source,
        Func<RegistryContext, IReadOnlyList<string>, long, TInput> load,
        Func<RegistryContext, TInput, long, AuditChain, Instant, ChunkOutcome> write,
        Shared shared,
        int worker)
    {
        var wanted = Math.Max(1, options.Readers ?? (database.IsPostgres ? 1 : 2));
        var readers = new List<RegistryContext>(wanted);
        try
        {
            readers.Add(Reader(database));
            var pipeline = options.Pipeline && (database.IsPostgres || IsWal(readers[0]));
            var depth = pipeline ? wanted : 1;
            while (readers.Count < depth)
            {
                readers.Add(Reader(database));
            }

            var holder = source.Holder(worker);
            var turns = new Turns();

            // The chunk of ticket t is taken when every earlier ticket has taken its own (so chunks are written in the order
            // they were taken) and read on reader t mod depth, which the chunk of ticket t - depth no longer uses.
            (Slice Slice, TInput Input)? Load(int ticket)
            {
                var reader = readers[ticket % depth];
                if (turns.Take(ticket, () => source.Next(reader, holder, options.Stop)) is not { } slice)
                {
                    return null;
                }

                var input = load(reader, slice.Keys, runId);
                reader.ChangeTracker.Clear();
                return (slice, input);
            }

            var ahead = new Queue<Task<(Slice Slice, TInput Input)?>>(depth);
            var ticket = 0;
            Task<(Slice Slice, TInput Input)?> Start()
            {
                var mine = ticket++;
                return pipeline ? Task.Run(() => Load(mine)) : Task.FromResult(Load(mine));
            }

            var chunk = 0;
            var stopped = false;

            // The next chunk loaded, or null after the last one; null too when the worker was asked to stop while it waited
            // for chunks other workers hold (then stopped).
            (Slice Slice, TInput Input)? Loaded()
            {
                try
                {
                    return ahead.Dequeue().GetAwaiter().GetResult();
                }
                catch (OperationCanceledException) when (options.Stop.IsCancellationRequested)
                {
                    stopped = true;
                    return null;
                }
            }

            try
            {
                while (ahead.Count < depth)
                {
                    ahead.Enqueue(Start());
                }

                while (Loaded() is { } current)
                {
                    if (options.Stop.IsCancellationRequested)
                    {
                        // Asked to stop: this chunk is not written; the ones being loaded are waited for below.
                        stopped = true;
                        break;
                    }

                    if (pipeline)
                    {
                        ahead.Enqueue(Start());
                    }

                    Commit(database, clock, options, runId, source, holder, write, shared, current.Slice, current.Input, chunk);
                    chunk++;
                    if (!pipeline)
                    {
                        ahead.Enqueue(Start());
                    }
                }
            }
            finally
            {
                if (stopped)
                {
                    shared.Stopped = true;
                }

                source.Release(holder);

                // A failed chunk leaves those being loaded: wait for them so their readers are not disposed under them (their
                // leases expire).
                foreach (var loading in ahead)
                {
                    if (!loading.IsCompleted)
                    {
                        ((IAsyncResult)loading).AsyncWaitHandle.WaitOne();
                    }
                }

                if (stopped)
                {
                    // The chunks taken and not written go back at once, not when their leases expire.
                    source.Abandon(holder);
                }
            }
        }
        finally
        {
            foreach (var reader in readers)
            {
                reader.Dispose();
            }
        }
    }

    private static RegistryContext Reader(RegistryDatabase database)
    {
        var reader = database.Open();
        reader.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        reader.Database.OpenConnection();
        return reader;
    }

    /// <summary>Hands a worker's chunks to its loads in the order of their tickets, one load at a time.</summary>
    private sealed class Turns
    {
        private readonly object _gate = new();
        private int _turn;
        private bool _end;

        /// <summary>Waits for <paramref name="ticket"/>'s turn and takes the next chunk; <c>null</c> after the last one (or after a load failed to take one).</summary>
        public Slice? Take(int ticket, Func<Slice?> next)
        {
            lock (_gate)
            {
                while (_turn != ticket)
                {
                    Monitor.Wait(_gate);
                }

                try
                {
                    if (_end)
                    {
                        return null;
                    }

                    var slice = next();
                    _end = slice is null;
                    return slice;
                }
                catch
                {
                    _end = true;
                    throw;
                }
                finally
                {
                    _turn++;
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }

    private static void Commit<TInput>(
        RegistryDatabase database,
        IClock clock,
        RunOptions options,
        long runId,
        Source source,
        string holder,
        Func<RegistryContext, TInput, long, AuditChain, Instant, ChunkOutcome> write,
        Shared shared,
        Slice slice,
        TInput input,
        int chunk)
    {
        using var context = database.Open();
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        using var transaction = context.Database.BeginTransaction();
        if (!source.Claim(context, slice, holder))
        {
            // The lease expired and another worker took the chunk: its results are that worker's to write.
            return;
        }

        var now = clock.GetCurrentInstant();
        var outcome = write(context, input, runId, AuditChain.Deferred(), now);

        // From here to the commit the run's row is locked: the audit append and the checkpoint, one worker at a time.
        if (database.IsPostgres)
        {
            context.Database.ExecuteSqlRaw("SELECT 1 FROM batch_run WHERE \"Id\" = {0} FOR NO KEY UPDATE", runId);
        }

        var run = context.Runs.Single(r => r.Id == runId);
        source.Check(run, slice);
        AuditChain.After(context).Seal(outcome.Audit);
        BulkWriter.Insert(context, outcome.Audit);
        run.LastKey = source.LastKeyAfter(run, slice);
        run.Chunks++;
        run.Counts = Merge(run.Counts, outcome.Counts);
        source.MarkDone(context, slice, holder);
        context.ChangeTracker.DetectChanges();
        context.SaveChanges();
        options.Fault?.Invoke(new RunFaultPoint(chunk, "before-commit"));
        transaction.Commit();
        shared.Add(slice, outcome, runId);
        options.Fault?.Invoke(new RunFaultPoint(chunk, "after-commit"));
    }

    /// <summary>Marks the run finished with its <c>run.finish</c> entry, unless another worker did.</summary>
    private static BatchRun Finish(RegistryDatabase database, IClock clock, long runId, string kind, string argument)
    {
        using var context = database.Open();
        using var transaction = context.Database.BeginTransaction();
        if (database.IsPostgres)
        {
            context.Database.ExecuteSqlRaw("SELECT 1 FROM batch_run WHERE \"Id\" = {0} FOR NO KEY UPDATE", runId);
        }

        var run = context.Runs.Single(r => r.Id == runId);
        if (run.Status == "finished")
        {
            return run;
        }

        if (context.RunChunks.Any(c => c.RunId == runId && c.Status != "done"))
        {
            throw new InvalidOperationException($"{RunKinds.NameOf(run)} still has chunks to do: run the command again to resume it");
        }

        run.Status = "finished";
        run.FinishedAt = clock.GetCurrentInstant();
        AuditChain.Append(context, run.FinishedAt.Value, new AuditRecord($"system:run/{run.Id}", "run.finish", $"run/{run.Id}", $"{kind} {argument}", run.Counts));
        context.SaveChanges();
        transaction.Commit();
        return run;
    }

    private static bool IsWal(RegistryContext context)
    {
        using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return string.Equals(command.ExecuteScalar() as string, "wal", StringComparison.OrdinalIgnoreCase);
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

    /// <summary>A chunk to do: its index in the run and its keys.</summary>
    private sealed record Slice(int Index, IReadOnlyList<string> Keys, string? PreviousKey);

    /// <summary>What the workers of this call share: progress, the commits in order for the listener, and how many chunks they committed.</summary>
    private sealed class Shared(IProgress<RunProgress>? progress, int total, int done, Action<int, ChunkOutcome>? committed)
    {
        private readonly Lock _lock = new();
        private int _done = done;

        public int Committed { get; private set; }

        /// <summary>True when a worker stopped on request before the run's chunks ran out.</summary>
        public bool Stopped { get; set; }

        public void Add(Slice slice, ChunkOutcome outcome, long runId)
        {
            lock (_lock)
            {
                _done += slice.Keys.Count;
                Committed++;
                committed?.Invoke(slice.Index, outcome);
                progress?.Report(new RunProgress(_done, total) { RunId = runId });
            }
        }
    }

    /// <summary>Where a worker's chunks come from, and what their commit checks and records.</summary>
    private abstract class Source : IDisposable
    {
        /// <summary>Keys already done when this call started.</summary>
        public abstract int Done { get; }

        /// <summary>The name a worker leases under.</summary>
        public virtual string Holder(int worker) => "";

        /// <summary>
        /// The next chunk for a worker, its keys read on the worker's reading connection; <c>null</c> when there is none left
        /// to do. A source that waits for chunks others hold stops waiting when <paramref name="stop"/> is signalled, with
        /// an <see cref="OperationCanceledException"/>.
        /// </summary>
        public abstract Slice? Next(RegistryContext reader, string holder, CancellationToken stop);

        /// <summary>At the start of the chunk's transaction: true when the chunk is still this worker's to write.</summary>
        public virtual bool Claim(RegistryContext context, Slice slice, string holder) => true;

        /// <summary>Under the run's lock: throws when the run moved in a way this worker did not expect.</summary>
        public virtual void Check(BatchRun run, Slice slice)
        {
        }

        /// <summary>The run's last key after this chunk.</summary>
        public virtual string? LastKeyAfter(BatchRun run, Slice slice) => slice.Keys[^1];

        /// <summary>Records the chunk as done, in its transaction.</summary>
        public virtual void MarkDone(RegistryContext context, Slice slice, string holder)
        {
        }

        /// <summary>A worker stops: its leases are no longer renewed.</summary>
        public virtual void Release(string holder)
        {
        }

        /// <summary>A worker stopped on request: the chunks it took and did not write are free for anyone at once.</summary>
        public virtual void Abandon(string holder)
        {
        }

        /// <summary>True when the chunks committed by this call are all of the run's chunks.</summary>
        public abstract bool Whole(int committed);

        public virtual void Dispose()
        {
        }
    }

    /// <summary>One process on SQLite: the keys after the run's last key, in order; a checkpoint moved by another process stops it.</summary>
    private sealed class KeySlices(BatchRun run, KeyRange keys, int done, int size) : Source
    {
        private readonly bool _fresh = run.LastKey is null;
        private readonly string? _lastKey = run.LastKey;
        private readonly long _runId = run.Id;
        private readonly string _name = RunKinds.NameOf(run);
        private string? _after = run.LastKey;
        private bool _end;
        private int _index;

        public override int Done => done;

        public override Slice? Next(RegistryContext reader, string holder, CancellationToken stop)
        {
            var chunk = _end ? [] : keys.After(reader, _after, size);
            if (chunk.Count == 0)
            {
                _end = true;
                return null;
            }

            var slice = new Slice(_index++, chunk, _after);
            _after = chunk[^1];
            _end = chunk.Count < size;
            return slice;
        }

        public override bool Claim(RegistryContext context, Slice slice, string holder)
        {
            // The transaction holds SQLite's write lock from its start (BEGIN IMMEDIATE): the checkpoint read now is the last one.
            Check(context.Runs.AsNoTracking().Single(r => r.Id == _runId), slice);
            return true;
        }

        public override void Check(BatchRun run, Slice slice)
        {
            var expected = slice.Index == 0 ? _lastKey : slice.PreviousKey;
            if (run.Status != "running" || !string.Equals(run.LastKey, expected, StringComparison.Ordinal))
            {
                throw new RunConflictException($"{_name} is being run by another process (on SQLite one process runs a run): wait for it to finish, then run the command again");
            }
        }

        public override bool Whole(int committed) => _fresh;
    }

    /// <summary>
    /// The run's chunks on PostgreSQL, leased one by one; the leases of this process's live workers are renewed on their
    /// own connection at a third of the lease's length (a worker that failed no longer renews, so its chunks are taken over).
    /// </summary>
    private sealed class LeasedChunks : Source
    {
        private readonly RegistryDatabase _database;
        private readonly long _runId;
        private readonly KeyRange _keys;
        private readonly TimeSpan _lease;
        private readonly string _process = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}");
        private readonly Timer _renewal;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _alive = new(StringComparer.Ordinal);
        private readonly int _done;
        private readonly int _total;

        public LeasedChunks(RegistryDatabase database, long runId, KeyRange keys, TimeSpan lease)
        {
            _database = database;
            _runId = runId;
            _keys = keys;
            _lease = lease;
            using (var context = database.Open())
            {
                var chunks = context.RunChunks.AsNoTracking().Where(c => c.RunId == runId).Select(c => new { c.Status, c.FirstKey, c.LastKey }).ToList();
                // A run that committed chunks before it had chunk rows (started by an older version) is never whole.
                _total = context.RunChunks.Any(c => c.RunId == runId && c.Index == 0) ? chunks.Count : -1;
                _done = chunks.Where(c => c.Status == "done").Sum(c => keys.CountBetween(context, c.FirstKey, c.LastKey));
            }

            var every = lease / 3;
            _renewal = new Timer(_ => Renew(), null, every, every);
        }

        public override int Done => _done;

        public override string Holder(int worker)
        {
            var holder = string.Create(CultureInfo.InvariantCulture, $"{_process}/{worker}");
            _alive[holder] = true;
            return holder;
        }

        public override void Release(string holder) => _alive.TryRemove(holder, out _);

        public override void Abandon(string holder)
        {
            using var context = _database.Open();
            context.Database.ExecuteSqlRaw(
                "UPDATE run_chunk SET \"LeasedBy\" = NULL, \"LeaseExpires\" = NULL WHERE \"RunId\" = {0} AND \"Status\" = 'free' AND \"LeasedBy\" = {1}",
                _runId, holder);
        }

        public override Slice? Next(RegistryContext reader, string holder, CancellationToken stop)
        {
            var wait = TimeSpan.FromMilliseconds(Math.Clamp(_lease.TotalMilliseconds / 5, 50, 1000));
            using var context = _database.Open();
            var connection = context.Database.GetDbConnection();
            connection.Open();
            while (true)
            {
                using (var lease = Command(connection,
                    """
                    UPDATE run_chunk SET "LeasedBy" = @holder, "LeaseExpires" = clock_timestamp() + make_interval(secs => @seconds)
                    WHERE ("RunId", "Index") = (
                        SELECT "RunId", "Index" FROM run_chunk
                        WHERE "RunId" = @run AND "Status" = 'free' AND ("LeasedBy" IS NULL OR "LeaseExpires" < clock_timestamp())
                        ORDER BY "Index" LIMIT 1 FOR UPDATE SKIP LOCKED)
                    RETURNING "Index", "FirstKey", "LastKey"
                    """, ("holder", holder), ("seconds", _lease.TotalSeconds), ("run", _runId)))
                using (var row = lease.ExecuteReader())
                {
                    if (row.Read())
                    {
                        var (index, first, last) = (row.GetInt32(0), row.GetString(1), row.GetString(2));
                        row.Close();
                        return new Slice(index, _keys.Between(reader, first, last), null);
                    }
                }

                using (var left = Command(connection, "SELECT count(*) FROM run_chunk WHERE \"RunId\" = @run AND \"Status\" <> 'done'", ("run", _runId)))
                {
                    if (Convert.ToInt64(left.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
                    {
                        return null;
                    }
                }

                // Every chunk left is leased by a live worker: wait for it to finish, or for its lease to expire (a killed
                // worker's: up to the lease), unless this worker is asked to stop meanwhile.
                if (stop.WaitHandle.WaitOne(wait))
                {
                    throw new OperationCanceledException("asked to stop while every chunk left was another worker's", stop);
                }
            }
        }

        public override bool Claim(RegistryContext context, Slice slice, string holder)
        {
            // Locks the chunk's row for the transaction (no one can take it over now) and renews the lease.
            return context.Database.ExecuteSqlRaw(
                "UPDATE run_chunk SET \"LeaseExpires\" = clock_timestamp() + make_interval(secs => {0}) WHERE \"RunId\" = {1} AND \"Index\" = {2} AND \"LeasedBy\" = {3} AND \"Status\" = 'free'",
                _lease.TotalSeconds, _runId, slice.Index, holder) == 1;
        }

        public override string? LastKeyAfter(BatchRun run, Slice slice) =>
            run.LastKey is { } last && string.CompareOrdinal(last, slice.Keys[^1]) > 0 ? last : slice.Keys[^1];

        public override void MarkDone(RegistryContext context, Slice slice, string holder) =>
            context.Database.ExecuteSqlRaw("UPDATE run_chunk SET \"Status\" = 'done', \"LeaseExpires\" = NULL WHERE \"RunId\" = {0} AND \"Index\" = {1}", _runId, slice.Index);

        public override bool Whole(int committed) => committed == _total;

        public override void Dispose()
        {
            _renewal.Dispose();
            base.Dispose();
        }

        private static DbCommand Command(DbConnection connection, string sql, params ReadOnlySpan<(string Name, object Value)> parameters)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            return command;
        }

        private void Renew()
        {
            var holders = _alive.Keys.ToArray();
            if (holders.Length == 0)
            {
                return;
            }

            try
            {
                using var context = _database.Open();
                context.Database.ExecuteSqlRaw(
                    """
                    UPDATE run_chunk SET "LeaseExpires" = clock_timestamp() + make_interval(secs => {0})
                    WHERE ("RunId", "Index") IN (
                        SELECT "RunId", "Index" FROM run_chunk
                        WHERE "RunId" = {1} AND "Status" = 'free' AND "LeasedBy" = ANY({2})
                        FOR UPDATE SKIP LOCKED)
                    """,
                    _lease.TotalSeconds, _runId, holders);
            }
            catch (DbException)
            {
                // A renewal that fails is tried again at the next tick; a lease that expires meanwhile is taken over, not lost.
            }
        }
    }

    /// <summary>
    /// A run's keys as the database has them: distinct, in byte order (the key columns' collation on both databases, which
    /// is the ordinal order of the run), read a chunk at a time so that no list of every key is held.
    /// </summary>
    private sealed class KeyRange(Func<RegistryContext, IQueryable<string>> keys)
    {
        /// <summary>How many keys there are.</summary>
        public int Count(RegistryContext context) => keys(context).Distinct().Count();

        /// <summary>How many keys sort at or before <paramref name="last"/> (0 for <c>null</c>): the keys a resumed run did.</summary>
        public int CountThrough(RegistryContext context, string? last) =>
            last is null ? 0 : keys(context).Where(k => string.Compare(k, last) <= 0).Distinct().Count();

        /// <summary>How many keys lie in [<paramref name="first"/>, <paramref name="last"/>].</summary>
        public int CountBetween(RegistryContext context, string first, string last) => Range(context, first, last).Distinct().Count();

        /// <summary>The first <paramref name="count"/> keys after <paramref name="after"/> (from the first key for <c>null</c>), in order.</summary>
        public List<string> After(RegistryContext context, string? after, int count) =>
            Sorted(after is null ? keys(context) : keys(context).Where(k => string.Compare(k, after) > 0)).Take(count).ToList();

        /// <summary>The keys in [<paramref name="first"/>, <paramref name="last"/>], in order.</summary>
        public List<string> Between(RegistryContext context, string first, string last) => Sorted(Range(context, first, last)).ToList();

        /// <summary>
        /// The first and last key of each chunk of <paramref name="size"/> keys after <paramref name="after"/>, walking the
        /// key index from boundary to boundary: one query per chunk, each reading one chunk's keys in the database.
        /// </summary>
        public IEnumerable<(string First, string Last)> Bounds(RegistryContext context, string? after, int size)
        {
            while (After(context, after, 1) is [var first])
            {
                var last = Sorted(keys(context).Where(k => string.Compare(k, first) >= 0)).Skip(size - 1).FirstOrDefault()
                    ?? keys(context).Max()!;
                yield return (first, last);
                after = last;
            }
        }

        private IQueryable<string> Range(RegistryContext context, string first, string last) =>
            keys(context).Where(k => string.Compare(k, first) >= 0 && string.Compare(k, last) <= 0);

        private static IQueryable<string> Sorted(IQueryable<string> keys) => keys.Distinct().OrderBy(k => k);
    }
}
