using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests;

public sealed class RegistrySchemaTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void SchemaScript_OfEachProvider_IsEfCoresScriptOfEveryMigration(string provider)
    {
        // Given: the embedded script a new registry is made from, and EF Core's script of the migrations in the assembly
        var database = TestDatabase.Create(provider);
        using var context = database.Open();

        // When
        var embedded = RegistrySchema.Embedded(database.IsPostgres) ?? "(none)";
        var generated = RegistrySchema.Generate(context);

        // Then: a migration added without regenerating the script fails here (Migrate would not use the old script)
        Assert.True(embedded == generated,
            $"the {provider} schema script is not that of the migrations: run `dotnet run --project tools/Overgang.Migrations -- --schema-script`\n"
            + TextDifference.First(embedded, generated, "embedded", "generated"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Migrate_NewDatabase_MakesFromTheScriptTheSchemaEveryMigrationMakes(string provider)
    {
        // Given: three new, empty databases
        var scripted = NewEmpty(provider);
        var migrated = NewEmpty(provider);
        var created = NewEmpty(provider);

        // When: one made by the script, one by EF Core applying every migration in turn, one by the registry's own Migrate
        bool made;
        using (var context = scripted.Open())
        {
            made = RegistrySchema.TryCreate(context, scripted.IsPostgres, RegistrySchema.Latest(context));
        }

        using (var context = migrated.Open())
        {
            context.Database.Migrate();
        }

        created.Migrate();

        // Then: the same tables, columns, indexes, constraints, history rows and rows
        Assert.True(made, "the script was not used");
        var expected = Describe(migrated);
        Assert.Equal(expected, Describe(scripted));
        Assert.Equal(expected, Describe(created));

        // and later migrations find the registry up to date, with EF Core's own check and lock as well
        scripted.Migrate();
        using var check = scripted.Open();
        Assert.Empty(check.Database.GetPendingMigrations());
        check.Database.Migrate();
        Assert.False(check.Database.HasPendingModelChanges());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void TryCreate_ScriptBehindTheMigrationsOrADatabaseWithTables_ChangesNothing(string provider)
    {
        // Given: a new database, and a migrated registry
        var empty = NewEmpty(provider);
        var existing = TestDatabase.Create(provider);

        // When: the script is asked for a later migration than it reaches, and for a registry that has tables
        bool behind, withTables;
        using (var context = empty.Open())
        {
            behind = RegistrySchema.TryCreate(context, empty.IsPostgres, "29991231000000_Later");
        }

        using (var context = existing.Open())
        {
            withTables = RegistrySchema.TryCreate(context, existing.IsPostgres, RegistrySchema.Latest(context));
        }

        // Then: neither was touched
        Assert.False(behind);
        Assert.False(withTables);
        Assert.Equal("", Describe(empty));
    }

    private static RegistryDatabase NewEmpty(string provider) => provider switch
    {
        "sqlite" => RegistryDatabase.Parse(Path.Combine(Path.GetTempPath(), "overgang-test-" + Guid.NewGuid().ToString("N") + ".db")),
        _ => RegistryDatabase.Parse(PostgresServer.Instance.CreateDatabase()),
    };

    /// <summary>The schema and rows of a database as text, leaving out EF Core's migration lock (Migrate makes it when it runs).</summary>
    private static string Describe(RegistryDatabase database)
    {
        using var context = database.Open();
        var connection = context.Database.GetDbConnection();
        connection.Open();
        var text = new StringBuilder();
        var queries = database.IsPostgres
            ? new[]
            {
                """
                SELECT table_name, column_name, ordinal_position, data_type, character_maximum_length, is_nullable, column_default,
                       collation_name, is_identity, identity_generation
                FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> '__EFMigrationsLock'
                ORDER BY table_name, ordinal_position
                """,
                "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename <> '__EFMigrationsLock' ORDER BY 1, 2",
                """
                SELECT conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid), convalidated, condeferrable
                FROM pg_constraint WHERE connamespace = current_schema()::regnamespace AND conrelid::regclass::text <> '"__EFMigrationsLock"'
                ORDER BY 1, 2
                """,
                "SELECT sequencename, data_type, start_value, increment_by, last_value FROM pg_sequences WHERE schemaname = current_schema() ORDER BY 1",
                "SELECT relname, relkind FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relname <> '__EFMigrationsLock' ORDER BY 1",
            }
            : new[]
            {
                "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE '%EFMigrationsLock%' ORDER BY type, name",
            };
        foreach (var query in queries)
        {
            Read(connection, query, text);
        }

        var tables = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = database.IsPostgres
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1"
                : "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables.Where(t => t != "__EFMigrationsLock"))
        {
            // Every row of every table (the migrations' history; any row a migration inserts), ordered as text.
            Read(connection, $"SELECT * FROM \"{table}\"", text, sorted: true);
        }

        return text.ToString();
    }

    private static void Read(DbConnection connection, string query, StringBuilder text, bool sorted = false)
    {
        using var command = connection.CreateCommand();
        command.CommandText = query;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(string.Join(" | ", values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
        }

        if (sorted)
        {
            rows.Sort(StringComparer.Ordinal);
        }

        foreach (var row in rows)
        {
            text.Append(row).Append('\n');
        }
    }
}
