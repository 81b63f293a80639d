using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Model;
using Overgang.Registry.Storage;

namespace Overgang.Registry.Population;

/// <summary>Writes a generated population into the registry, with one audit entry per person, in one transaction.</summary>
public static class PopulationStore
{
    /// <summary>The audit actor of a generated population.</summary>
    public static string Actor(int seed) => "generate:seed-" + seed.ToString(CultureInfo.InvariantCulture);

    /// <summary>Counts the persons in the registry.</summary>
    public static int CountPersons(RegistryDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var context = database.Open();
        return context.Persons.Count();
    }

    /// <summary>
    /// Reads the whole registry into memory as a <see cref="Population"/> (for analysis over the registered persons).
    /// Its <see cref="Population.Seed"/> is 0: the rows were not necessarily generated.
    /// </summary>
    public static Population Read(RegistryDatabase database, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var context = database.Open();
        var persons = context.Persons.AsNoTracking().ToList();
        persons.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new Population(
            0,
            date,
            persons.Select(p => p.HouseholdId).Distinct(StringComparer.Ordinal).Count(),
            [.. context.Municipalities.AsNoTracking()],
            [.. context.Locations.AsNoTracking()],
            [.. persons],
            [.. context.Parents.AsNoTracking()],
            [.. context.Protections.AsNoTracking()],
            [.. context.Placements.AsNoTracking()],
            [.. context.Absences.AsNoTracking()],
            [.. context.Incomes.AsNoTracking()],
            [.. context.ReturnCommitments.AsNoTracking()],
            [.. context.OtherPermits.AsNoTracking()])
        {
            EndedPartnerships = [.. context.EndedPartnerships.AsNoTracking().OrderBy(r => r.Id)],
        };
    }

    /// <summary>
    /// Loads <paramref name="population"/>. With <paramref name="replace"/>, first deletes the population tables and the
    /// batch results that refer to its persons, in the same transaction, and records that in the audit log. The audit
    /// log itself is never deleted: the new entries continue the chain.
    /// </summary>
    public static LoadReport Load(RegistryDatabase database, Population population, Instant at, bool replace) => Load(database, population, at, replace, null);

    /// <summary>Loads <paramref name="population"/> as <see cref="Load(RegistryDatabase, Population, Instant, bool)"/> does, reporting the rows written so far.</summary>
    public static LoadReport Load(RegistryDatabase database, Population population, Instant at, bool replace, IProgress<(int Done, int Total)>? progress) =>
        Load(database, population, at, replace, progress, indexesAfterRows: true);

    /// <summary>
    /// Loads <paramref name="population"/>; without <paramref name="indexesAfterRows"/>, always the way a registry that
    /// holds rows is loaded (indexes kept while the rows are written), for comparing the two ways.
    /// </summary>
    internal static LoadReport Load(RegistryDatabase database, Population population, Instant at, bool replace, IProgress<(int Done, int Total)>? progress, bool indexesAfterRows)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(population);
        var rows = new LoadProgress(progress, population.Municipalities.Length + population.Locations.Length + (population.Persons.Length * 2) + population.Parents.Length
            + population.Protections.Length + population.Placements.Length + population.Absences.Length + population.Incomes.Length
            + population.ReturnCommitments.Length + population.OtherPermits.Length);
        using var loader = new Loader(database, population.Seed, at, replace, rows, indexesAfterRows);
        loader.Add(population);
        return loader.Commit();
    }

    /// <summary>
    /// Generates <paramref name="persons"/> persons with <paramref name="seed"/> and loads them as they are made, in
    /// slices of <see cref="SlicePersons"/> persons, in one transaction: the same rows as
    /// <see cref="Load(RegistryDatabase, Population, Instant, bool)"/> of <see cref="PopulationGenerator.Generate(int, int)"/>,
    /// with memory that does not grow with the rows (about 11 bytes per person wait for the placements). Reports the
    /// persons written so far.
    /// </summary>
    /// <remarks>
    /// Making and writing overlap: the generator (with each slice's summary counts and audit entries) runs on a thread of
    /// its own and hands its slices to the calling thread, which writes them, through a queue of at most
    /// <see cref="SlicesAhead"/> slices, so memory stays bounded by a few slices whichever side is slower. The slices and
    /// the audit chain are made in one order on one thread, so the rows are the same as made and written in turn.
    /// </remarks>
    public static GeneratedPopulation Generate(RegistryDatabase database, int persons, int seed, Instant at, bool replace, IProgress<(int Done, int Total)>? progress)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentOutOfRangeException.ThrowIfLessThan(persons, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(persons, PopulationGenerator.MaxPersons);
        var counts = new PopulationSummary.Counts();
        var (households, locations, written) = (0, 0, 0);
        using var loader = new Loader(database, seed, at, replace, new LoadProgress(null, 0), indexesAfterRows: true);
        using var stop = new CancellationTokenSource();
        using var queue = new BlockingCollection<(Population Slice, AuditEntry[] Entries)>(SlicesAhead);
        var maker = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    PopulationGenerator.Generate(persons, seed, SlicePersons, slice =>
                    {
                        counts.Add(slice);
                        queue.Add((slice, loader.Entries(slice)), stop.Token);
                    }, null);
                }
                finally
                {
                    queue.CompleteAdding();
                }
            },
            stop.Token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        progress?.Report((0, persons));
        try
        {
            foreach (var (slice, entries) in queue.GetConsumingEnumerable(stop.Token))
            {
                households += slice.Households;
                locations += slice.Locations.Length;
                loader.Add(slice, entries);
                if (slice.Persons.Length > 0)
                {
                    written += slice.Persons.Length;
                    progress?.Report((written, persons));
                }
            }
        }
        catch
        {
            // The writer failed: the maker stops at its next slice; its own failure, if any, is not the cause.
            stop.Cancel();
            try
            {
                maker.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
            }

            throw;
        }

        maker.GetAwaiter().GetResult(); // the maker's failure, if it failed (the queue was then completed early)
        var load = loader.Commit();
        return new GeneratedPopulation(seed, Calibration.PopulationDate, persons, households, locations, counts.Rows(), load);
    }

    /// <summary>The slices made ahead of the one being written, at most (each about 10 MB).</summary>
    private const int SlicesAhead = 2;

    /// <summary>The persons per slice of a streamed generation: about 10 MB of rows.</summary>
    public const int SlicePersons = 10_000;

    private static ImmutableArray<Type> DeleteOrder { get; } =
    [
        typeof(CaseTask), typeof(DecisionRecord), typeof(PaymentRecord), typeof(BatchRun),
        typeof(PersonParent), typeof(EndedPartnership), typeof(ProtectionRegistration), typeof(Placement), typeof(Absence), typeof(PersonIncome),
        typeof(ReturnVisit), typeof(ReturnCourse), typeof(ReturnWithdrawal), typeof(ReturnDeparture),
        typeof(ReturnCommitment), typeof(OtherPermit), typeof(TransitionalStayRecord), typeof(Person),
        typeof(InspectionFinding), typeof(LocationInspection), typeof(LocationComplaint), typeof(LocationConversion), typeof(LocationOccupancy), typeof(LocationTargetGroup),
        typeof(ReceptionLocation), typeof(Municipality),
    ];

    /// <summary>The tables in the order of the load report.</summary>
    private static ImmutableArray<Type> ReportOrder { get; } =
    [
        typeof(Municipality), typeof(ReceptionLocation), typeof(Person), typeof(PersonParent), typeof(ProtectionRegistration),
        typeof(Placement), typeof(Absence), typeof(PersonIncome), typeof(ReturnCommitment), typeof(OtherPermit), typeof(AuditEntry),
    ];

    /// <summary>
    /// The tables a load writes: those of the load report, the ended partnerships and the locations' demo quality rows
    /// (into an empty registry, their secondary indexes, and on PostgreSQL their foreign keys, are made after the rows).
    /// </summary>
    private static ImmutableArray<Type> Written { get; } =
    [
        .. ReportOrder, typeof(EndedPartnership),
        typeof(LocationTargetGroup), typeof(LocationInspection), typeof(InspectionFinding), typeof(LocationComplaint), typeof(LocationConversion), typeof(LocationOccupancy),
    ];

    /// <summary>One load: the connection, its transaction and the bulk writer, taking a population slice by slice.</summary>
    private sealed class Loader : IDisposable
    {
        private readonly RegistryContext _context;
        private readonly IDbContextTransaction _transaction;
        private readonly BulkWriter _writer;
        private readonly LoadProgress _progress;
        private readonly List<(string Table, int Rows, TimeSpan Elapsed)> _tables = [];
        private readonly Dictionary<Type, int> _slots = [];
        private readonly Stopwatch _clock = new();
        private readonly AuditChain _audit;
        private readonly string _actor;
        private readonly string _reason;
        private readonly Instant _at;
        private readonly int _seed;
        private readonly int _deleted;
        private readonly bool _postgres;
        private readonly IndexesAfterRows? _indexesAfterRows;
        private bool _rollbackJournal;

        public Loader(RegistryDatabase database, int seed, Instant at, bool replace, LoadProgress progress, bool indexesAfterRows)
        {
            _progress = progress;
            _at = at;
            _seed = seed;
            _actor = Actor(seed);
            _reason = "synthetic population, seed " + seed.ToString(CultureInfo.InvariantCulture);
            _postgres = database.IsPostgres;
            _context = database.Open();
            _context.Database.OpenConnection();
            if (!database.IsPostgres)
            {
                // The connection has the registry's settings (SqlitePragmas: WAL, synchronous=NORMAL); a large page cache (for
                // this connection only) keeps the person indexes in memory while they are filled.
                _context.Database.ExecuteSqlRaw("PRAGMA cache_size=-262144;");

                // Into an empty registry the load is one transaction in a rollback journal (each page written once, not into
                // the log and again at the checkpoint), WAL again after it (Storage.SqliteJournal; ADR 0022).
                _rollbackJournal = indexesAfterRows && !replace && !_context.Persons.Any()
                    && SqliteJournal.TrySet((SqliteConnection)_context.Database.GetDbConnection(), "delete");
            }

            _transaction = _context.Database.BeginTransaction();
            _writer = new BulkWriter(_context);
            if (replace)
            {
                _clock.Restart();
                _deleted = _context.Persons.Count();
                // Accounts scoped to a municipality or a person go with the population they point into; others stay.
                _context.Accounts.Where(a => a.MunicipalityCode != null || a.PersonId != null).ExecuteDelete();
                foreach (var type in DeleteOrder)
                {
                    var table = _context.Model.FindEntityType(type)!.GetTableName()!;
#pragma warning disable EF1002 // table names come from the EF model, not from input
                    _context.Database.ExecuteSqlRaw($"DELETE FROM \"{table}\"");
#pragma warning restore EF1002
                }

                var chain = AuditChain.After(_context);
                var entry = chain.Next(new AuditRecord(_actor, "population.delete", "population", "generate --replace", $"{{\"persons\":{_deleted.ToString(CultureInfo.InvariantCulture)}}}"), at);
                _writer.InsertAll([entry]);
                _tables.Add(("(delete)", _deleted, _clock.Elapsed));
            }

            if (indexesAfterRows && _deleted == 0)
            {
                // Into an empty registry: the secondary indexes and foreign keys are made after the rows (Commit). A registry
                // that holds persons (asked again under the tables' lock) keeps them and the normal path.
                _indexesAfterRows = IndexesAfterRows.Drop(_context, Written, () => !_context.Persons.Any());
            }

            _audit = AuditChain.After(_context);
            foreach (var type in ReportOrder)
            {
                _slots[type] = _tables.Count;
                _tables.Add((_context.Model.FindEntityType(type)!.GetTableName()!, 0, TimeSpan.Zero));
            }
        }

        /// <summary>The audit entries of a slice's persons (one each), next in the chain; in slice order, on one thread.</summary>
        public AuditEntry[] Entries(Population slice)
        {
            var entries = new AuditEntry[slice.Persons.Length];
            for (var i = 0; i < entries.Length; i++)
            {
                var person = slice.Persons[i];
                entries[i] = _audit.Next(new AuditRecord(_actor, "person.create", person.Id, _reason, $"{{\"household\":\"{person.HouseholdId}\",\"municipality\":\"{person.MunicipalityCode}\"}}"), _at);
            }

            return entries;
        }

        /// <summary>Writes the rows of a slice, table by table, and one audit entry per person.</summary>
        public void Add(Population slice)
        {
            _clock.Restart();
            var entries = Entries(slice);
            Add(slice, entries, _clock.Elapsed);
        }

        /// <summary>Writes the rows of a slice, table by table, and its persons' audit entries (<see cref="Entries"/>).</summary>
        public void Add(Population slice, AuditEntry[] entries) => Add(slice, entries, TimeSpan.Zero);

        private void Add(Population slice, AuditEntry[] entries, TimeSpan making)
        {
            Write(slice.Municipalities);
            Write(slice.Locations);
            WriteQuality(slice.Locations);
            Write(slice.Persons);
            Write(slice.Parents);
            if (!slice.EndedPartnerships.IsEmpty)
            {
                _writer.InsertAll(slice.EndedPartnerships);
            }

            Write(slice.Protections);
            Write(slice.Placements);
            Write(slice.Absences);
            Write(slice.Incomes);
            Write(slice.ReturnCommitments);
            Write(slice.OtherPermits);
            if (entries.Length > 0)
            {
                _clock.Restart();
                Write(entries, _clock, making);
            }
        }

        /// <summary>
        /// The demo quality rows of the locations (not in the load report, which lists the population's tables). Like the
        /// rest of the synthetic population's rows other than persons, they get no audit entries of their own.
        /// </summary>
        private void WriteQuality(ImmutableArray<ReceptionLocation> locations)
        {
            if (locations.IsEmpty)
            {
                return;
            }

            var demo = QualityDemo.For(locations, _seed, _at);
            _writer.InsertAll(demo.TargetGroups);
            _writer.InsertAll(demo.Inspections);
            _writer.InsertAll(demo.Findings);
            _writer.InsertAll(demo.Complaints);
            _writer.InsertAll(demo.Conversions);
            _writer.InsertAll(demo.Occupancy);
        }

        public LoadReport Commit()
        {
            if (_indexesAfterRows is not null)
            {
                _clock.Restart();
                _indexesAfterRows.Create();
                _tables.Add((LoadReport.AfterRows, 0, _clock.Elapsed));
            }

            if (_postgres)
            {
                _clock.Restart();
                Analyze();
                _tables.Add((LoadReport.Statistics, 0, _clock.Elapsed));
            }

            Runs.RunFingerprint.Bump(_context);
            RegistryActivity.Raise(_context); // the demo quality rows, and with --replace the runs and tasks deleted
            var commit = Stopwatch.StartNew();
            _transaction.Commit();
            WriteAheadLogAgain();
            _tables.Add(("(commit)", 0, commit.Elapsed));
            return new LoadReport([.. _tables], _deleted)
            {
                IndexesAfterRows = _indexesAfterRows?.Indexes ?? 0,
                ForeignKeysAfterRows = _indexesAfterRows?.ForeignKeys ?? 0,
            };
        }

        /// <summary>
        /// PostgreSQL: the planner's statistics of the tables written, gathered in the load's transaction (a sample of each
        /// table), so that the first queries after the load are planned on what it wrote. Without them the first run
        /// after a load of 4.3 million persons planned its chunk bounds as a read of the whole person table, until
        /// autovacuum's analyze came round (bench/README.md, stop 34).
        /// </summary>
        private void Analyze()
        {
            var tables = Written.Select(t => TableMap.Quote(_context.Model.FindEntityType(t)!.GetTableName()!)).Distinct(StringComparer.Ordinal);
#pragma warning disable EF1002 // table names come from the EF model, not from input
            _context.Database.ExecuteSqlRaw($"ANALYZE {string.Join(", ", tables)}");
#pragma warning restore EF1002
        }

        public void Dispose()
        {
            _writer.Dispose();
            _transaction.Dispose();
            WriteAheadLogAgain();
            _context.Dispose();
        }

        /// <summary>
        /// After the load's transaction (committed or rolled back): the registry in WAL mode again. Should another connection
        /// have opened the file meanwhile, the next opening of the registry (<see cref="RegistryDatabase.Migrate"/>) sets it.
        /// </summary>
        private void WriteAheadLogAgain()
        {
            if (_rollbackJournal)
            {
                _rollbackJournal = false;
                SqliteJournal.TrySet((SqliteConnection)_context.Database.GetDbConnection(), "wal");
            }
        }

        private void Write<T>(ImmutableArray<T> rows)
            where T : class
        {
            if (rows.Length > 0)
            {
                _clock.Restart();
                Write(ImmutableCollectionsMarshal.AsArray(rows)!, _clock, TimeSpan.Zero);
            }
        }

        /// <summary>
        /// Inserts in pieces of <see cref="ProgressSlice"/> rows, reporting after each; the time counts from
        /// <paramref name="clock"/>'s start, plus <paramref name="making"/> (the time the rows took to make, if counted).
        /// </summary>
        private void Write<T>(T[] rows, Stopwatch clock, TimeSpan making)
            where T : class
        {
            for (var offset = 0; offset < rows.Length; offset += ProgressSlice)
            {
                var count = Math.Min(ProgressSlice, rows.Length - offset);
                _writer.InsertAll(new ArraySegment<T>(rows, offset, count));
                _progress.Add(count);
            }

            var slot = _slots[typeof(T)];
            var (table, written, elapsed) = _tables[slot];
            _tables[slot] = (table, written + rows.Length, elapsed + making + clock.Elapsed);
        }
    }

    private const int ProgressSlice = 50_000;

    /// <summary>Rows written of all the rows to write.</summary>
    private sealed class LoadProgress(IProgress<(int Done, int Total)>? progress, int total)
    {
        private int _done;

        public void Add(int rows)
        {
            _done += rows;
            progress?.Report((_done, total));
        }
    }
}
