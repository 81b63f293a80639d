using Npgsql;

namespace Overgang.Registry.Tests.Support;

/// <summary>A fresh, migrated registry on one provider, for one test.</summary>
/// <remarks>
/// Applying every migration costs seconds per database, hundreds of times a run; so each provider's registry is
/// migrated once per test process (a template: <see cref="RegistryDatabase.Migrate"/> on an empty database, the very
/// path a new registry takes) and every test gets a copy of it: a copy of the SQLite file, or on PostgreSQL a database
/// created from the template database. <see cref="RegistryDatabase.Migrate"/> then still runs on the copy (its
/// up-to-date path), as every command does before it opens a registry.
/// </remarks>
public static class TestDatabase
{
    /// <summary>The providers every integration test runs on.</summary>
    public static TheoryData<string> Providers => ["sqlite", "postgresql"];

    private static readonly Lazy<string> SqliteTemplate = new(CreateSqliteTemplate);
    private static readonly Lazy<string> PostgresTemplate = new(CreatePostgresTemplate);

    public static RegistryDatabase Create(string provider)
    {
        var database = provider switch
        {
            "sqlite" => CopySqlite(SqliteTemplate.Value),
            "postgresql" => RegistryDatabase.Parse(PostgresServer.Instance.CreateDatabase(PostgresTemplate.Value)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
        database.Migrate();
        return database;
    }

    private static RegistryDatabase CopySqlite(string template)
    {
        var file = NewSqliteFile();
        File.Copy(template, file);
        return RegistryDatabase.Parse(file);
    }

    /// <summary>The SQLite files this process made (the template and every copy), deleted when it exits.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentQueue<string> _files = new();

    private static string NewSqliteFile()
    {
        var file = Path.Combine(Path.GetTempPath(), "overgang-test-" + Guid.NewGuid().ToString("N") + ".db");
        _files.Enqueue(file);
        return file;
    }

    static TestDatabase()
    {
        // First of the exit handlers (the PostgreSQL cluster's comes later and takes longer): the test runner may end the
        // process before every handler is done, and whatever is left is swept by a later run (SweepOldFiles).
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var file in _files)
            {
                foreach (var part in new[] { file, file + "-wal", file + "-shm", file + ".audit-key" })
                {
                    File.Delete(part);
                }
            }
        };
    }

    private static string CreateSqliteTemplate()
    {
        SweepOldFiles();
        var template = NewSqliteFile();
        RegistryDatabase.Parse(template).Migrate();
        // Unpooled connections: the last one closed has checkpointed the write-ahead log into the file, which is whole.
        return template;
    }

    /// <summary>Removes test registries that earlier runs left behind (a test process ended before its exit handler ran): those not touched for two hours, far longer than a run.</summary>
    private static void SweepOldFiles()
    {
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), "overgang-test-*"))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddHours(-2))
                {
                    File.Delete(file);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another user's file: not ours to remove.
            }
        }
    }

    private static string CreatePostgresTemplate()
    {
        // A template database may have no open connection while it is copied: migrated over unpooled connections, then
        // closed to new ones (autovacuum's included).
        var connectionString = new NpgsqlConnectionStringBuilder(PostgresServer.Instance.CreateDatabase()) { Pooling = false }.ConnectionString;
        RegistryDatabase.Parse(connectionString).Migrate();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        PostgresServer.Instance.Execute($"ALTER DATABASE {name} WITH ALLOW_CONNECTIONS false");
        return name;
    }
}
