using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Model;

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
            [.. context.OtherPermits.AsNoTracking()]);
    }

    /// <summary>
    /// Loads <paramref name="population"/>. With <paramref name="replace"/>, first deletes the population tables and the
    /// batch results that refer to its persons, in the same transaction, and records that in the audit log. The audit
    /// log itself is never deleted: the new entries continue the chain.
    /// </summary>
    public static LoadReport Load(RegistryDatabase database, Population population, Instant at, bool replace) => Load(database, population, at, replace, null);

    /// <summary>Loads <paramref name="population"/> as <see cref="Load(RegistryDatabase, Population, Instant, bool)"/> does, reporting the rows written so far.</summary>
    public static LoadReport Load(RegistryDatabase database, Population population, Instant at, bool replace, IProgress<(int Done, int Total)>? progress)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(population);
        using var context = database.Open();
        context.Database.OpenConnection();
        if (!database.IsPostgres)
        {
            // WAL with synchronous=NORMAL is durable against process crashes and much faster for one large transaction; a
            // large page cache (for this connection only) keeps the person indexes in memory while they are filled.
            context.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;");
        }

        using var transaction = context.Database.BeginTransaction();
        var tables = ImmutableArray.CreateBuilder<(string Table, int Rows, TimeSpan Elapsed)>();
        var deleted = 0;
        var actor = Actor(population.Seed);
        if (replace)
        {
            var clock = Stopwatch.StartNew();
            deleted = context.Persons.Count();
            // Accounts scoped to a municipality or a person go with the population they point into; others stay.
            context.Accounts.Where(a => a.MunicipalityCode != null || a.PersonId != null).ExecuteDelete();
            foreach (var type in DeleteOrder)
            {
                var table = context.Model.FindEntityType(type)!.GetTableName()!;
#pragma warning disable EF1002 // table names come from the EF model, not from input
                context.Database.ExecuteSqlRaw($"DELETE FROM \"{table}\"");
#pragma warning restore EF1002
            }

            var chain = AuditChain.After(context);
            var entry = chain.Next(new AuditRecord(actor, "population.delete", "population", "generate --replace", $"{{\"persons\":{deleted.ToString(CultureInfo.InvariantCulture)}}}"), at);
            BulkLoader.Insert(context, [entry]);
            tables.Add(("(delete)", deleted, clock.Elapsed));
        }

        var rows = new LoadProgress(progress, population.Municipalities.Length + population.Locations.Length + population.Persons.Length * 2 + population.Parents.Length
            + population.Protections.Length + population.Placements.Length + population.Absences.Length + population.Incomes.Length
            + population.ReturnCommitments.Length + population.OtherPermits.Length);
        Add(context, tables, population.Municipalities, rows);
        Add(context, tables, population.Locations, rows);
        Add(context, tables, population.Persons, rows);
        Add(context, tables, population.Parents, rows);
        Add(context, tables, population.Protections, rows);
        Add(context, tables, population.Placements, rows);
        Add(context, tables, population.Absences, rows);
        Add(context, tables, population.Incomes, rows);
        Add(context, tables, population.ReturnCommitments, rows);
        Add(context, tables, population.OtherPermits, rows);

        var auditClock = Stopwatch.StartNew();
        var audit = AuditChain.After(context);
        var reason = "synthetic population, seed " + population.Seed.ToString(CultureInfo.InvariantCulture);
        var entries = new AuditEntry[population.Persons.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var person = population.Persons[i];
            entries[i] = audit.Next(new AuditRecord(actor, "person.create", person.Id, reason, $"{{\"household\":\"{person.HouseholdId}\",\"municipality\":\"{person.MunicipalityCode}\"}}"), at);
        }

        Insert(context, entries, rows);
        tables.Add((context.Model.FindEntityType(typeof(AuditEntry))!.GetTableName()!, entries.Length, auditClock.Elapsed));

        Runs.RunFingerprint.Bump(context);
        var commit = Stopwatch.StartNew();
        transaction.Commit();
        tables.Add(("(commit)", 0, commit.Elapsed));
        return new LoadReport(tables.ToImmutable(), deleted);
    }

    private static ImmutableArray<Type> DeleteOrder { get; } =
    [
        typeof(CaseTask), typeof(DecisionRecord), typeof(PaymentRecord), typeof(BatchRun),
        typeof(PersonParent), typeof(ProtectionRegistration), typeof(Placement), typeof(Absence), typeof(MonthlyIncome),
        typeof(ReturnCommitment), typeof(OtherPermit), typeof(Person), typeof(ReceptionLocation), typeof(Municipality),
    ];

    private static void Add<T>(RegistryContext context, ImmutableArray<(string Table, int Rows, TimeSpan Elapsed)>.Builder tables, ImmutableArray<T> rows, LoadProgress progress)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        var count = Insert(context, ImmutableCollectionsMarshal.AsArray(rows) ?? [], progress);
        tables.Add((context.Model.FindEntityType(typeof(T))!.GetTableName()!, count, clock.Elapsed));
    }

    /// <summary>Inserts in slices of <see cref="ProgressSlice"/> rows, reporting after each.</summary>
    private static int Insert<T>(RegistryContext context, T[] rows, LoadProgress progress)
        where T : class
    {
        for (var offset = 0; offset < rows.Length; offset += ProgressSlice)
        {
            var count = Math.Min(ProgressSlice, rows.Length - offset);
            BulkLoader.Insert(context, new ArraySegment<T>(rows, offset, count));
            progress.Add(count);
        }

        return rows.Length;
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
