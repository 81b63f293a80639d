using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Storage;

/// <summary>For tests of a migration that converts stored rows: a registry migrated up to the migration before it, and raw reads of what is stored.</summary>
internal static class MigrationRows
{
    /// <summary>A new registry on <paramref name="provider"/> migrated up to, not including, the migration named <paramref name="migration"/>.</summary>
    public static RegistryDatabase Before(string provider, string migration)
    {
        var database = provider == "sqlite"
            ? RegistryDatabase.Parse(Path.Combine(Path.GetTempPath(), "overgang-test-" + Guid.NewGuid().ToString("N") + ".db"))
            : RegistryDatabase.Parse(PostgresServer.Instance.CreateDatabase());
        using var context = database.Open();
        var migrations = context.Database.GetMigrations().ToList();
        var index = migrations.FindIndex(m => m.EndsWith("_" + migration, StringComparison.Ordinal));
        context.GetService<IMigrator>().Migrate(migrations[index - 1]);
        return database;
    }

    /// <summary>An instant in the old rows' SQL: ticks on SQLite (since migration CompactStorage), a <c>timestamptz</c> literal on PostgreSQL.</summary>
    public static string Started(string provider) => provider == "sqlite" ? "0" : "'2026-11-01T00:00:00Z'";

    /// <summary>The first column of every row <paramref name="sql"/> returns, as invariant text.</summary>
    public static List<string> Strings(RegistryDatabase database, string sql)
    {
        using var context = database.Open();
        var connection = context.Database.GetDbConnection();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
