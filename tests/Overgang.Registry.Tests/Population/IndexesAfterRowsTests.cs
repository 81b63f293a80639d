using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Population;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Population;

/// <summary>
/// A population loaded into an empty registry gets its secondary indexes (and on PostgreSQL its foreign keys) after the
/// rows (<c>Storage.IndexesAfterRows</c>): the registry must end with every index and constraint the migrations define
/// and the same rows as a load that kept them, and a load that fails must leave the empty registry as it was.
/// </summary>
public sealed class IndexesAfterRowsTests
{
    private static readonly Instant _at = Instant.FromUtc(2026, 11, 22, 12, 0);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Load_IntoAnEmptyRegistry_SameIndexesConstraintsAndRowsAsLoadingWithTheIndexesKept(string provider)
    {
        // Given: two empty registries, and what the migrations made
        var afterRows = TestDatabase.Create(provider);
        var kept = TestDatabase.Create(provider);
        var migrated = Catalog(afterRows);
        var population = PopulationGenerator.Generate(3_000, 7);

        // When
        var report = PopulationStore.Load(afterRows, population, _at, replace: false);
        var normal = PopulationStore.Load(kept, population, _at, replace: false, null, indexesAfterRows: false);

        // Then: the first made its indexes and foreign keys after the rows, the second kept them
        Assert.True(report.IndexesAfterRows >= 10, $"{report.IndexesAfterRows} indexes after the rows");
        Assert.True(provider == "sqlite" ? report.ForeignKeysAfterRows == 0 : report.ForeignKeysAfterRows >= 10, $"{report.ForeignKeysAfterRows} foreign keys after the rows");
        Assert.Equal((0, 0), (normal.IndexesAfterRows, normal.ForeignKeysAfterRows));

        // Then: every index and constraint of the migrations, validated, and the same rows
        Assert.Equal(migrated, Catalog(afterRows));
        Assert.Equal(migrated, Catalog(kept));
        Assert.Equal(Rows(kept), Rows(afterRows));
        using var context = afterRows.Open();
        var verification = AuditChain.Verify(context);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(3_000, verification.Verified);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Generate_CutOffMidway_LeavesTheEmptyRegistryWithEveryIndex(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        var migrated = Catalog(database);

        // When: the generation stops after its first slices of 10,000 persons were written (the next ones being made)
        Assert.Throws<InvalidOperationException>(() => PopulationStore.Generate(database, 25_000, 3, _at, replace: false, new StopAt(15_000)));

        // Then: no rows, every index and constraint, and the registry loads as an empty one
        Assert.Equal(migrated, Catalog(database));
        using (var context = database.Open())
        {
            Assert.Equal((0, 0, 0), (context.Persons.Count(), context.Incomes.Count(), context.Audit.Count()));
        }

        var generated = PopulationStore.Generate(database, 2_000, 3, _at, replace: false, null);
        Assert.True(generated.Load.IndexesAfterRows > 0);
        Assert.Equal(migrated, Catalog(database));
        if (provider == "sqlite")
        {
            // The cut-off load's rollback journal was rolled back and the registry is in WAL mode again.
            Assert.Equal("wal", JournalMode(database));
        }
    }

    [Fact]
    public void Generate_IntoAnEmptySqliteRegistry_WritesInARollbackJournalThenWriteAheadLogAgain()
    {
        // Given
        var database = TestDatabase.Create("sqlite");
        Assert.Equal("wal", JournalMode(database));
        var probe = new JournalProbe(database);

        // When
        PopulationStore.Generate(database, 25_000, 5, _at, replace: false, probe);

        // Then: the load's transaction had a rollback journal (each page written once), and the registry has its log again
        Assert.Equal(["delete"], probe.Modes.Distinct());
        Assert.Equal("wal", JournalMode(database));
        using var context = database.Open();
        Assert.Equal((25_000, 25_000), (context.Persons.Count(), AuditChain.Verify(context).Verified));
    }

    [Fact]
    public void Generate_WhileAnotherConnectionHasTheSqliteRegistryOpen_LoadsInWalModeAsBefore()
    {
        // Given: a registry another connection holds open (a running serve, say): SQLite cannot leave WAL mode now
        var database = TestDatabase.Create("sqlite");
        using var other = database.Open();
        other.Database.OpenConnection();
        Assert.Equal(0, other.Persons.Count());
        var probe = new JournalProbe(database);

        // When: the load asks once, does not wait for the other connection, and loads as before
        PopulationStore.Generate(database, 2_000, 5, _at, replace: false, probe);

        // Then
        Assert.Equal(["wal"], probe.Modes.Distinct());
        Assert.Equal(2_000, other.Persons.Count());
        Assert.Equal("wal", JournalMode(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Load_RowsTheIndexesWouldRefuse_FailsWhenTheyAreMadeAndLeavesTheEmptyRegistry(string provider)
    {
        // Given: two persons with the same citizen service number (a unique index)
        var database = TestDatabase.Create(provider);
        var migrated = Catalog(database);
        var population = PopulationGenerator.Generate(500, 4);
        population.Persons[1].Bsn = population.Persons[0].Bsn;

        // When
        var refused = Assert.ThrowsAny<DbException>(() => PopulationStore.Load(database, population, _at, replace: false));

        // Then: the unique index refused the rows as it was made, and nothing of the load is left
        Assert.True(refused is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } or SqliteException { SqliteExtendedErrorCode: 2067 }, refused.Message); // SQLITE_CONSTRAINT_UNIQUE
        Assert.Equal(migrated, Catalog(database));
        using var context = database.Open();
        Assert.Equal((0, 0), (context.Persons.Count(), context.Audit.Count()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Load_IntoARegistryWithPersons_KeepsTheIndexes(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        var first = PopulationStore.Load(database, PopulationGenerator.Generate(600, 1), _at, replace: false);

        // When: a new population replaces the persons
        var second = PopulationStore.Load(database, PopulationGenerator.Generate(400, 2), _at, replace: true);

        // Then: only the load into the empty registry made its indexes after the rows
        Assert.True(first.IndexesAfterRows > 0);
        Assert.Equal((0, 0), (second.IndexesAfterRows, second.ForeignKeysAfterRows));
    }

    [Fact]
    public void Generate_OnPostgres_GathersThePlannersStatisticsOfTheTablesItWroteBeforeItCommits()
    {
        // Given: an empty registry (autovacuum would analyse its tables only a minute or more after the load)
        var database = TestDatabase.Create("postgresql");

        // When
        var generated = PopulationStore.Generate(database, 2_000, 5, _at, replace: false, null);

        // Then: every table the load filled has the planner's statistics as soon as the load is committed
        var missing = Scalar(database, """
            SELECT coalesce(string_agg(t.relname, ',' ORDER BY t.relname), '') FROM pg_class t
            WHERE t.relnamespace = current_schema()::regnamespace AND t.relkind = 'r'
              AND t.relname IN ('person', 'person_parent', 'protection', 'placement', 'person_income', 'return_commitment', 'audit_entry')
              AND NOT EXISTS (SELECT 1 FROM pg_statistic s WHERE s.starelid = t.oid)
            """);
        Assert.Equal("", missing);
        Assert.Contains(generated.Load.Tables, t => t.Table == LoadReport.Statistics);
    }

    /// <summary>Every index and constraint of the registry's schema, with its definition and whether it is validated.</summary>
    private static string Catalog(RegistryDatabase database) => Scalar(database, database.IsPostgres
        ? """
        SELECT string_agg(x, E'\n' ORDER BY x) FROM (
          SELECT 'index ' || tablename || ' ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = current_schema()
          UNION ALL
          SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || contype::text || ' ' || convalidated::text || ' ' || pg_get_constraintdef(oid)
          FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
        ) s(x)
        """
        : "SELECT group_concat(x, char(10)) FROM (SELECT type || ' ' || name || ' ' || tbl_name || ' ' || coalesce(sql, '') AS x FROM sqlite_master ORDER BY 1)");

    /// <summary>An md5 of every row of every table, but the audit entries' hashes (keyed per registry).</summary>
    private static string Rows(RegistryDatabase database)
    {
        if (!database.IsPostgres)
        {
            return SqliteRows(database);
        }

        var tables = Scalar(database, "SELECT string_agg(quote_ident(tablename), ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = current_schema()").Split(',');
        return string.Join('\n', tables.Select(t => t + " " + Scalar(database,
            $"SELECT count(*) || ' ' || coalesce(md5(string_agg(r, E'\\n' ORDER BY r)), '') FROM (SELECT (to_jsonb(t) - 'Hash')::text AS r FROM {t} t) s")));
    }

    /// <summary>Every row of every SQLite table, in order of its columns, as text (but the audit entries' hashes).</summary>
    private static string SqliteRows(RegistryDatabase database)
    {
        var tables = Scalar(database, "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY 1)").Split(',');
        using var context = database.Open();
        var connection = context.Database.GetDbConnection();
        connection.Open();
        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i) == "Hash" ? "" : reader.GetValue(i) switch
                {
                    byte[] bytes => Convert.ToHexString(bytes),
                    var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                })));
            }

            rows.Sort(StringComparer.Ordinal);
            text.Append(table).Append('\n').AppendJoin('\n', rows).Append('\n');
        }

        return text.ToString();
    }

    private static string Scalar(RegistryDatabase database, string sql)
    {
        using var context = database.Open();
        var connection = context.Database.GetDbConnection();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }

    private static string JournalMode(RegistryDatabase database) => Scalar(database, "PRAGMA journal_mode");

    /// <summary>Reads the registry's journal mode on a connection of its own at every progress report of a load.</summary>
    private sealed class JournalProbe(RegistryDatabase database) : IProgress<(int Done, int Total)>
    {
        public List<string> Modes { get; } = [];

        public void Report((int Done, int Total) value) => Modes.Add(JournalMode(database));
    }

    /// <summary>Stops a generation (as a crash would) once it reports <paramref name="persons"/> persons.</summary>
    private sealed class StopAt(int persons) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value)
        {
            if (value.Done >= persons)
            {
                throw new InvalidOperationException("stopped at " + value.Done);
            }
        }
    }
}
