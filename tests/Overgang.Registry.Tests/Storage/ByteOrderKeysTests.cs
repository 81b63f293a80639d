using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;
using Overgang.Registry.Model;
using Overgang.Registry.Storage;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Storage;

/// <summary>
/// Identifiers and codes compared byte by byte on PostgreSQL (migration ByteOrderKeys,
/// docs/adr/0019-identifiers-in-byte-order.md): every key, reference and indexed identifier in collation <c>"C"</c>,
/// whatever the database's own collation; display text in the database's.
/// </summary>
public sealed class ByteOrderKeysTests
{
    /// <summary>
    /// The columns in a key, a foreign key or an index that keep the database's collation, each for a reason:
    /// <list type="bullet">
    /// <item><c>person.FamilyName</c>, <c>person.GivenName</c>: display names; lists of persons sort by them as the
    /// server's language does (the index <c>IX_person_FamilyName_GivenName</c> serves that order). Search compares the
    /// name keys, which are in byte order.</item>
    /// <item><c>__EFMigrationsHistory.MigrationId</c>: EF Core's table of applied migrations, made and read by EF Core.</item>
    /// </list>
    /// </summary>
    private static readonly string[] _displayColumns = ["__EFMigrationsHistory.MigrationId", "person.FamilyName", "person.GivenName"];

    [Fact]
    public void NewRegistry_OnPostgreSql_HasEveryKeyForeignKeyAndIndexedIdentifierInByteOrder()
    {
        // Given, when: a new registry (made by the schema script)
        var database = TestDatabase.Create("postgresql");

        // Then: only the display columns named above are compared in the database's collation
        Assert.Equal(_displayColumns, NotInByteOrder(database));
    }

    [Fact]
    public void Ids_InADatabaseThatSortsDutch_SortInByteOrder()
    {
        // Given: a registry in a database whose own collation is Dutch (ICU nl-NL), as on a server installed in nl_NL.UTF-8,
        // with ids that Dutch sorts otherwise than byte order (case, a hyphen)
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        PostgresServer.Instance.Execute($"CREATE DATABASE {name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'nl-NL' LOCALE 'C'");
        var database = RegistryDatabase.Parse(new NpgsqlConnectionStringBuilder(PostgresServer.Instance.AdminConnectionString) { Database = name }.ConnectionString);
        database.Migrate();
        string[] ids = ["p2", "Pa", "P1", "P-10"];
        using (var context = database.Open())
        {
            context.Municipalities.Add(new Municipality { Code = "GM0363", Name = "Amsterdam" });
            context.Persons.AddRange(ids.Select(id => SchemaTests.NewPerson(id, new LocalDate(1990, 1, 1))));
            context.Decisions.AddRange(ids.Select(id => new DecisionRecord { RunId = 1, PersonId = id, Date = new LocalDate(2027, 3, 4), Path = DecisionCodes.Paths[0], Status = DecisionCodes.Statuses[0] }));
            context.SaveChanges();
        }

        // When: ordered by the database
        using var read = database.Open();
        var persons = read.Persons.OrderBy(p => p.Id).Select(p => p.Id).ToList();
        var decisions = read.Decisions.OrderBy(d => d.PersonId).Select(d => d.PersonId).ToList();
        var households = read.Persons.OrderBy(p => p.HouseholdId).Select(p => p.HouseholdId).ToList();
        var dutch = MigrationRows.Strings(database, "SELECT \"FamilyName\" FROM (VALUES ('P1'), ('p2'), ('Pa')) AS v (\"FamilyName\") ORDER BY 1");

        // Then: byte order, as SQLite and the runs sort (the database's own order is Dutch: P1, p2, Pa)
        Assert.Equal(["P-10", "P1", "Pa", "p2"], persons);
        Assert.Equal(persons, decisions);
        Assert.Equal(["H-P-10", "H-P1", "H-Pa", "H-p2"], households);
        Assert.Equal(["P1", "p2", "Pa"], dutch);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Migrate_RowsStoredBeforeByteOrderKeys_ReadBackTheSameWithoutATableWrittenAgain(string provider)
    {
        // Given: a registry migrated up to the migration before ByteOrderKeys, with persons, a location and placements
        var database = MigrationRows.Before(provider, "ByteOrderKeys");
        using (var context = database.Open())
        {
            context.Municipalities.Add(new Municipality { Code = "GM0363", Name = "Amsterdam" });
            context.Locations.Add(new ReceptionLocation { Id = "L-1", MunicipalityCode = "GM0363", Name = "Gemeentelijke opvang", Kind = "municipal", Capacity = 10, Opened = new LocalDate(2022, 3, 1) });
            foreach (var id in new[] { "P2", "p1", "P-3" })
            {
                context.Persons.Add(SchemaTests.NewPerson(id, new LocalDate(1990, 1, 1)));
                context.Placements.Add(new Placement { PersonId = id, LocationId = "L-1", From = new LocalDate(2022, 4, 1), Reception = "municipal" });
            }

            context.SaveChanges();
        }

        var rows = Rows(database);
        var tables = Tables(database, provider);

        // When
        database.Migrate();

        // Then: the same rows, every table as it was (PostgreSQL made only indexes again; SQLite's migration is empty),
        // and on PostgreSQL every key in byte order
        using var read = database.Open();
        Assert.Empty(read.Database.GetPendingMigrations());
        Assert.Equal(rows, Rows(database));
        Assert.Equal(tables, Tables(database, provider));
        if (provider == "postgresql")
        {
            Assert.Equal(_displayColumns, NotInByteOrder(database));
        }
    }

    /// <summary>
    /// The columns (<c>table.column</c>) of the registry's keys, foreign keys (either side) and indexes whose collation is
    /// not <c>"C"</c>: the column's own for a constraint, the index's for an index.
    /// </summary>
    private static List<string> NotInByteOrder(RegistryDatabase database) => MigrationRows.Strings(database, """
        WITH byte_order AS (SELECT oid FROM pg_collation WHERE collname = 'C' AND collnamespace = 'pg_catalog'::regnamespace),
        used (relation, attnum, coll) AS (
            SELECT i.indrelid, k.attnum, k.coll
            FROM pg_index i, unnest(i.indkey::int2[], i.indcollation::oid[]) AS k (attnum, coll)
            UNION ALL
            SELECT a.attrelid, a.attnum, a.attcollation
            FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
            UNION ALL
            SELECT a.attrelid, a.attnum, a.attcollation
            FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = ANY (c.confkey))
        SELECT name FROM (
            SELECT DISTINCT t.relname || '.' || a.attname AS name
            FROM used u
            JOIN pg_class t ON t.oid = u.relation
            JOIN pg_attribute a ON a.attrelid = u.relation AND a.attnum = u.attnum
            WHERE t.relnamespace = to_regnamespace(current_schema()) AND u.coll <> 0 AND u.coll <> (SELECT oid FROM byte_order)) AS offending
        ORDER BY name COLLATE "C"
        """);

    /// <summary>The persons and placements as stored, one text a row.</summary>
    private static List<string> Rows(RegistryDatabase database)
    {
        using var context = database.Open();
        return
        [
            .. context.Persons.AsNoTracking().AsEnumerable().Select(p => string.Join('|', p.Id, p.MunicipalityCode, p.HouseholdId, p.FamilyName, p.GivenName, p.BirthDate)).Order(StringComparer.Ordinal),
            .. context.Placements.AsNoTracking().AsEnumerable().Select(p => string.Join('|', p.Id, p.PersonId, p.LocationId, p.From)).Order(StringComparer.Ordinal),
        ];
    }

    /// <summary>
    /// Every table's storage: on PostgreSQL its file (a table written again gets a new one), on SQLite its definition (a
    /// table made again by EF Core's rebuild gets one with the collation written in).
    /// </summary>
    private static List<string> Tables(RegistryDatabase database, string provider) => MigrationRows.Strings(database, provider == "sqlite"
        ? "SELECT name || ' ' || sql FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE '__EF%' AND sql IS NOT NULL ORDER BY name"
        : "SELECT relname || ' ' || pg_relation_filenode(oid) FROM pg_class WHERE relkind = 'r' AND relnamespace = to_regnamespace(current_schema()) ORDER BY relname COLLATE \"C\"");
}
