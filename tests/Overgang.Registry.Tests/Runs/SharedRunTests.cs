using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Population;
using Overgang.Registry.Runs;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;

namespace Overgang.Registry.Tests.Runs;

/// <summary>
/// One run shared by several workers on PostgreSQL (leased chunks), the pipeline on and off, one process per run on
/// SQLite, and the month's lists written while the run goes (issue 13).
/// </summary>
public sealed class SharedRunTests : IDisposable
{
    private const int Persons = 700;
    private static readonly LocalDate _lastDay = new(2027, 3, 4);
    private static readonly YearMonth _month = new(2027, 6);
    private readonly string _folder = Directory.CreateTempSubdirectory("overgang-shared-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void TryExecute_TwoWorkersOnPostgres_GivesTheResultsOfOneWorkerWithoutThePipeline()
    {
        // Given: the decisions of one worker, each chunk read after the one before was written
        var reference = Seeded("postgresql");
        Assert.True(DecisionsRun.TryExecute(reference, _lastDay, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 10) { Pipeline = false }, out var single, out _));

        // When: two workers share the run, each reading its next chunk while it writes one
        var database = Seeded("postgresql");
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 10) { Workers = 2 }, out var shared, out _));

        // Then: the same decisions, tasks and counts; every chunk done, by both workers; one finish; the audit one chain
        Assert.Equal(Results(reference, single.Id), Results(database, shared.Id));
        Assert.Equal(single.Counts, shared.Counts);
        Assert.Equal(single.Chunks, shared.Chunks);
        using var context = database.Open();
        var chunks = context.RunChunks.AsNoTracking().Where(c => c.RunId == shared.Id).ToList();
        Assert.Equal(shared.Chunks, chunks.Count);
        Assert.All(chunks, c => Assert.Equal("done", c.Status));
        Assert.Equal(2, chunks.Select(c => c.LeasedBy).Distinct().Count());
        Assert.Equal(1, context.Audit.Count(a => a.Action == "run.finish"));
        Assert.Equal(Persons, context.Audit.Count(a => a.Action == "decision.record"));
        Assert.True(AuditChain.Verify(context).IsIntact);
    }

    [Fact]
    public async Task TryExecute_AWorkerKilledMidChunk_HasItsLeaseTakenOverAndTheResultsOfOneWorker()
    {
        // Given
        var reference = Seeded("postgresql");
        Assert.True(DecisionsRun.TryExecute(reference, _lastDay, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 10), out var single, out _));
        var database = Seeded("postgresql");
        using var firstCommitted = new ManualResetEventSlim();
        using var secondJoined = new ManualResetEventSlim();
        // Long enough that A's renewal (every third of it) keeps its chunk while it is alive on a loaded machine; B takes the
        // chunk over once A is dead and the lease has run out.
        var lease = TimeSpan.FromSeconds(6);

        // When: worker A commits a chunk, waits for B to join the run, then dies before committing its second chunk
        var a = Task.Run(() => DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 10, Fault: p =>
        {
            if (p == new RunFaultPoint(0, "after-commit"))
            {
                firstCommitted.Set();
                Assert.True(secondJoined.Wait(TimeSpan.FromSeconds(60)));
            }
            else if (p == new RunFaultPoint(1, "before-commit"))
            {
                throw new SimulatedCrash();
            }
        }) { Lease = lease }, out _, out _));
        Assert.True(firstCommitted.Wait(TimeSpan.FromSeconds(60)));
        var b = Task.Run(() =>
        {
            var ok = DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 10, new Reports(secondJoined)) { Lease = lease }, out var run, out _);
            return ok ? run : null;
        });

        // Then: A is dead, B finished the run with every chunk, A's leased ones too, as one worker would have
        await Assert.ThrowsAsync<SimulatedCrash>(() => a);
        var shared = await b;
        Assert.NotNull(shared);
        Assert.Equal("finished", shared.Status);
        Assert.Equal(Results(reference, single.Id), Results(database, shared.Id));
        Assert.Equal(single.Counts, shared.Counts);
        using var context = database.Open();
        Assert.Equal(1, context.Runs.Count());
        Assert.All(context.RunChunks.AsNoTracking().ToList(), c => Assert.Equal("done", c.Status));
        Assert.Equal(1, context.Audit.Count(a => a.Action == "run.finish"));
        Assert.Equal(Persons, context.Audit.Count(a => a.Action == "decision.record"));
        Assert.True(AuditChain.Verify(context).IsIntact);
    }

    [Fact]
    public void Execute_MonthWithTwoWorkersOnPostgres_PaysAndListsAsOneWorker()
    {
        // Given
        var reference = Decided("postgresql");
        var single = AllowanceRun.Execute(reference, _month, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 20), Path.Combine(_folder, "single"), out var singleLists);

        // When
        var database = Decided("postgresql");
        var shared = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 20) { Workers = 2 }, Path.Combine(_folder, "shared"), out var sharedLists);

        // Then
        Assert.Equal(Payments(reference, single.Id), Payments(database, shared.Id));
        Assert.Equal(single.Counts, shared.Counts);
        Assert.Equal(singleLists, sharedLists);
        AssertSameFiles(Path.Combine(_folder, "single"), Path.Combine(_folder, "shared"));
        using var context = database.Open();
        Assert.True(AuditChain.Verify(context).IsIntact);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Execute_ListsWrittenAsTheRunGoes_AreTheListsOfTheStoredPayments_AlsoAfterACrashAndResume(string provider)
    {
        // Given: a run whose lists are written as its chunks commit, and the same lists from its stored payments
        var reference = Decided(provider);
        var clean = AllowanceRun.Execute(reference, _month, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 20), Path.Combine(_folder, "streamed"), out var streamed);
        var stored = MonthLists.Write(reference, clean.Id, Path.Combine(_folder, "stored"));

        // When: the same run crashes after its third chunk, then is resumed
        var database = Decided(provider);
        var resumedFolder = Path.Combine(_folder, "resumed");
        Assert.Throws<SimulatedCrash>(() => AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start(),
            new RunOptions(ChunkSize: 20, Fault: p => _ = p == new RunFaultPoint(2, "after-commit") ? throw new SimulatedCrash() : 0) { Lease = CrashedRun.Lease }, resumedFolder, out _));
        var leftByTheCrash = Directory.Exists(resumedFolder) ? Directory.GetFiles(resumedFolder) : [];
        var resumed = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 20), resumedFolder, out var resumedLists);

        // Then: byte for byte the same files, no partial file left behind, and nothing that looks like a list after the crash
        Assert.True(Directory.GetFiles(Path.Combine(_folder, "streamed"), "GM*.csv").Length >= 4);
        AssertSameFiles(Path.Combine(_folder, "stored"), Path.Combine(_folder, "streamed"));
        AssertSameFiles(Path.Combine(_folder, "streamed"), resumedFolder);
        Assert.Equal(stored, streamed);
        Assert.Equal(streamed, resumedLists);
        Assert.Empty(leftByTheCrash);
        Assert.Equal(clean.Counts, resumed.Counts);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Runs_ChunksLoadedAheadOnThreeReaders_WriteWhatOneChunkAtATimeWritesInTheSameOrder(string provider)
    {
        // Given: both runs with each chunk read after the one before was written
        var reference = Seeded(provider);
        var oneAtATime = new RunOptions(ChunkSize: 10) { Pipeline = false };
        Assert.True(DecisionsRun.TryExecute(reference, _lastDay, ParameterTree.Default, TestClock.Start(), oneAtATime, out var decisions, out _));
        var month = AllowanceRun.Execute(reference, _month, ParameterTree.Default, TestClock.Start(), oneAtATime, Path.Combine(_folder, "one"), out var lists);

        // When: three chunks loaded (and decided or calculated) at once, each on a reading connection and thread of its own
        var database = Seeded(provider);
        var ahead = new RunOptions(ChunkSize: 10) { Readers = 3 };
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), ahead, out var decisionsAhead, out _));
        var monthAhead = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start(), ahead, Path.Combine(_folder, "ahead"), out var listsAhead);

        // Then: the same rows, counts and lists, and the chunks committed in the order of their keys (the audit log's order)
        Assert.True(decisions.Chunks >= 40, $"{decisions.Chunks} chunks");
        Assert.Equal((decisions.Chunks, decisions.Counts), (decisionsAhead.Chunks, decisionsAhead.Counts));
        Assert.Equal(Results(reference, decisions.Id), Results(database, decisionsAhead.Id));
        Assert.Equal((month.Chunks, month.Counts), (monthAhead.Chunks, monthAhead.Counts));
        Assert.Equal(Payments(reference, month.Id), Payments(database, monthAhead.Id));
        Assert.Equal(lists, listsAhead);
        AssertSameFiles(Path.Combine(_folder, "one"), Path.Combine(_folder, "ahead"));
        Assert.Equal(AuditSubjects(reference), AuditSubjects(database));
        using var context = database.Open();
        Assert.True(AuditChain.Verify(context).IsIntact);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Runs_StoppedOnRequest_StayRunningWithTheirCommittedChunks_WriteNoLists_AndGoOnToTheResultsOfAnUninterruptedRun(string provider)
    {
        // Given: the decisions and the month run without interruption
        var reference = Seeded(provider);
        Assert.True(DecisionsRun.TryExecute(reference, _lastDay, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 10), out var decisions, out _));
        var month = AllowanceRun.Execute(reference, _month, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 20), Path.Combine(_folder, "whole"), out var lists);

        // When: each run is asked to stop (as Ctrl-C asks) once its third chunk has committed, then the same run again
        var database = Seeded(provider);
        using var stopDecisions = new CancellationTokenSource();
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(),
            new RunOptions(ChunkSize: 10, Fault: p => StopAt(p, stopDecisions)) { Stop = stopDecisions.Token }, out var stoppedDecisions, out _));
        var leased = Leased(database, stoppedDecisions.Id);
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 10), out var goneOn, out _));
        using var stopMonth = new CancellationTokenSource();
        var stoppedFolder = Path.Combine(_folder, "stopped");
        var stoppedMonth = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start(),
            new RunOptions(ChunkSize: 20, Fault: p => StopAt(p, stopMonth)) { Stop = stopMonth.Token }, stoppedFolder, out var stoppedLists);
        var leftByTheStop = Directory.Exists(stoppedFolder) ? Directory.GetFiles(stoppedFolder) : [];
        var monthGoneOn = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 20), stoppedFolder, out var listsGoneOn);

        // Then: each stopped run is running with exactly its three chunks, its other chunks free for anyone at once, and the
        // month wrote no list; the same command finished each as the uninterrupted run did
        Assert.Equal(("running", 3), (stoppedDecisions.Status, stoppedDecisions.Chunks));
        Assert.Equal(("running", 3), (stoppedMonth.Status, stoppedMonth.Chunks));
        Assert.Equal(0, leased);
        Assert.Empty(stoppedLists);
        Assert.Empty(leftByTheStop);
        Assert.Equal((stoppedDecisions.Id, "finished"), (goneOn.Id, goneOn.Status));
        Assert.Equal(Results(reference, decisions.Id), Results(database, goneOn.Id));
        Assert.Equal(decisions.Counts, goneOn.Counts);
        Assert.Equal((stoppedMonth.Id, "finished"), (monthGoneOn.Id, monthGoneOn.Status));
        Assert.Equal(Payments(reference, month.Id), Payments(database, monthGoneOn.Id));
        Assert.Equal(lists, listsGoneOn);
        AssertSameFiles(Path.Combine(_folder, "whole"), stoppedFolder);
        Assert.Equal(AuditSubjects(reference), AuditSubjects(database));
        using var context = database.Open();
        Assert.True(AuditChain.Verify(context).IsIntact);

        static void StopAt(RunFaultPoint point, CancellationTokenSource stop)
        {
            if (point == new RunFaultPoint(2, "after-commit"))
            {
                stop.Cancel();
            }
        }
    }

    [Fact]
    public async Task TryExecute_StoppedWhileEveryChunkLeftIsAKilledWorkersLease_StopsAtOnce_NotWhenTheLeasesExpire()
    {
        // Given: a run stopped after three chunks, whose other chunks a killed worker holds for an hour
        var database = Seeded("postgresql");
        using var first = new CancellationTokenSource();
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(),
            new RunOptions(ChunkSize: 10, Fault: p => { if (p == new RunFaultPoint(2, "after-commit")) { first.Cancel(); } }) { Stop = first.Token }, out var run, out _));
        int held;
        using (var context = database.Open())
        {
            held = context.Database.ExecuteSqlRaw(
                "UPDATE run_chunk SET \"LeasedBy\" = 'killed/1/0', \"LeaseExpires\" = clock_timestamp() + interval '1 hour' WHERE \"RunId\" = {0} AND \"Status\" = 'free'", run.Id);
        }

        Assert.True(held > 0);

        // When: another worker joins the run, finds every chunk left leased and waits; then it is asked to stop
        using var joined = new ManualResetEventSlim();
        using var stop = new CancellationTokenSource();
        var worker = Task.Run(() =>
        {
            Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(),
                new RunOptions(ChunkSize: 10, new Reports(joined)) { Stop = stop.Token }, out var stopped, out _));
            return stopped;
        });
        Assert.True(joined.Wait(TimeSpan.FromSeconds(60)));
        await Task.Delay(500);
        Assert.False(worker.IsCompleted, "the worker found a chunk to do: the killed worker's leases did not hold");
        stop.Cancel();

        // Then: it returns within seconds, the run unfinished with its three chunks, the killed worker's leases as they were
        var result = await worker.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal((run.Id, "running", 3), (result.Id, result.Status, result.Chunks));
        Assert.Equal(held, Leased(database, run.Id));
    }

    [Fact]
    public async Task TryExecute_ASecondProcessOnTheSameSqliteRun_StopsWithAClearMessageAndLeavesNoDuplicates()
    {
        // Given
        var reference = Seeded("sqlite");
        Assert.True(DecisionsRun.TryExecute(reference, _lastDay, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 10), out var single, out _));
        var database = Seeded("sqlite");
        using var firstCommitted = new ManualResetEventSlim();
        using var secondDone = new ManualResetEventSlim();

        // When: A commits a chunk and pauses; B runs the same run to its end; A goes on
        var a = Task.Run(() => DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 10, Fault: p =>
        {
            if (p == new RunFaultPoint(0, "after-commit"))
            {
                firstCommitted.Set();
                Assert.True(secondDone.Wait(TimeSpan.FromSeconds(60)));
            }
        }), out _, out _));
        Assert.True(firstCommitted.Wait(TimeSpan.FromSeconds(60)));
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 10), out var run, out _));
        secondDone.Set();

        // Then: A stops at its next commit saying why; the run is B's, as one process would have made it
        var conflict = await Assert.ThrowsAsync<RunConflictException>(() => a);
        Assert.Contains("another process", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(Results(reference, single.Id), Results(database, run.Id));
        using var context = database.Open();
        Assert.Equal(Persons, context.Decisions.Count());
        Assert.True(AuditChain.Verify(context).IsIntact);
    }

    [Fact]
    public void Run_SeveralWorkersOnSqlite_AreRefused()
    {
        var database = Seeded("sqlite");
        Assert.Throws<ArgumentException>(() => DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), new RunOptions() { Workers = 2 }, out _, out _));
        using var context = database.Open();
        Assert.Equal(0, context.Runs.Count());
    }

    private static RegistryDatabase Seeded(string provider)
    {
        var database = TestDatabase.Create(provider);
        PopulationStore.Load(database, PopulationGenerator.Generate(Persons, 11), Instant.FromUtc(2026, 11, 22, 8, 0), replace: false);
        return database;
    }

    private static RegistryDatabase Decided(string provider)
    {
        var database = Seeded(provider);
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 100), out _, out _));
        return database;
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        var names = Directory.GetFiles(expected).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, Directory.GetFiles(actual).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList());
        foreach (var name in names)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(expected, name!)), File.ReadAllBytes(Path.Combine(actual, name!)));
        }
    }

    private static List<string> Results(RegistryDatabase database, long runId)
    {
        using var context = database.Open();
        var tasks = context.Tasks.AsNoTracking().Where(t => t.RunId == runId).ToList()
            .Select(t => $"{t.PersonId}|{t.Kind}|{t.Owner}|{t.Due}|{t.Text}").Order(StringComparer.Ordinal);
        return [.. context.Decisions.AsNoTracking().Where(d => d.RunId == runId).ToList()
            .OrderBy(d => d.PersonId, StringComparer.Ordinal)
            .Select(d => $"{d.PersonId}|{d.Path}|{d.Status}|{d.ValidFrom}|{d.ValidUntil}|{d.Explanation}").Concat(tasks)];
    }

    /// <summary>A run's chunks not done that a worker still holds a lease on (PostgreSQL; none on SQLite, which has no chunk rows).</summary>
    private static int Leased(RegistryDatabase database, long runId)
    {
        using var context = database.Open();
        return context.RunChunks.AsNoTracking().Count(c => c.RunId == runId && c.Status != "done" && c.LeasedBy != null);
    }

    /// <summary>The subjects of the audit log's entries in the log's order.</summary>
    private static List<string> AuditSubjects(RegistryDatabase database)
    {
        using var context = database.Open();
        return [.. context.Audit.AsNoTracking().OrderBy(a => a.Sequence).Select(a => a.Subject)];
    }

    private static List<string> Payments(RegistryDatabase database, long runId)
    {
        using var context = database.Open();
        return [.. context.Payments.AsNoTracking().Where(p => p.RunId == runId).ToList()
            .OrderBy(p => p.HouseholdId, StringComparer.Ordinal)
            .Select(p => $"{p.HouseholdId}|{p.MunicipalityCode}|{p.Members}|{p.AllowanceCents}|{p.ContributionCents}|{p.Outcome}|{p.Provision}|{p.SocialAssistanceCents}|{p.HandOver}|{p.HealthInsuranceFrom}|{p.Explanation}")];
    }

    /// <summary>Sets an event at the first progress report: the worker has joined the run.</summary>
    private sealed class Reports(ManualResetEventSlim joined) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => joined.Set();
    }

    private sealed class SimulatedCrash : Exception
    {
        public SimulatedCrash()
            : base("simulated crash")
        {
        }
    }
}
