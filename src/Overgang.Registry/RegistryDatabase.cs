using Microsoft.EntityFrameworkCore;

namespace Overgang.Registry;

/// <summary>Where the registry lives: an SQLite file (the embedded default) or a PostgreSQL connection string.</summary>
public sealed record RegistryDatabase
{
    private RegistryDatabase(bool isPostgres, string connectionString)
    {
        IsPostgres = isPostgres;
        ConnectionString = connectionString;
    }

    /// <summary>The default location of the embedded database, relative to the working directory.</summary>
    public const string DefaultSqlitePath = "data/overgang.db";

    /// <summary>True for PostgreSQL, false for SQLite.</summary>
    public bool IsPostgres { get; }

    /// <summary>The ADO.NET connection string.</summary>
    public string ConnectionString { get; }

    /// <summary>The SQLite file, or <c>null</c> for PostgreSQL.</summary>
    public string? SqliteFile => IsPostgres ? null : ConnectionString["Data Source=".Length..ConnectionString.IndexOf(';', StringComparison.Ordinal)];

    /// <summary>The folder for files that belong with this registry (payment lists): the SQLite file's folder, else <c>data</c>.</summary>
    public string DataFolder => Path.GetDirectoryName(SqliteFile) ?? "data";

    /// <summary>The provider name for summaries: <c>sqlite</c> or <c>postgresql</c>.</summary>
    public string Provider => IsPostgres ? "postgresql" : "sqlite";

    /// <summary>
    /// Reads a database setting: a PostgreSQL connection string (<c>Host=...;</c> or <c>postgresql://</c>) or a path to
    /// an SQLite file (created with its folder on first use).
    /// </summary>
    public static RegistryDatabase Parse(string? setting)
    {
        var value = string.IsNullOrWhiteSpace(setting) ? DefaultSqlitePath : setting.Trim();
        if (value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase))
        {
            var uri = new Uri(value);
            var user = Uri.UnescapeDataString(uri.UserInfo.Split(':')[0]);
            var password = uri.UserInfo.Contains(':', StringComparison.Ordinal) ? Uri.UnescapeDataString(uri.UserInfo.Split(':', 2)[1]) : "";
            return new RegistryDatabase(true, $"Host={uri.Host};Port={(uri.Port > 0 ? uri.Port : 5432)};Database={uri.AbsolutePath.TrimStart('/')};Username={user};Password={password}");
        }

        if (value.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            return new RegistryDatabase(true, value);
        }

        var path = Path.GetFullPath(value);
        return new RegistryDatabase(false, $"Data Source={path};Pooling=False");
    }

    /// <summary>
    /// The same database for a long-running server: on SQLite its connections are pooled. Without a pool every request
    /// opened the file anew and, closing the last connection, checkpointed the write-ahead log into the database file
    /// (tens of milliseconds per request on a registry of 135,000 persons). Commands and tests keep unpooled connections
    /// so that a finished command leaves no open file behind.
    /// </summary>
    public RegistryDatabase Pooled() =>
        IsPostgres || !ConnectionString.EndsWith(";Pooling=False", StringComparison.Ordinal)
            ? this
            : new RegistryDatabase(false, ConnectionString[..^";Pooling=False".Length] + ";Pooling=True");

    /// <summary>Opens a context for this database.</summary>
    public RegistryContext Open()
    {
        if (IsPostgres)
        {
            var options = new DbContextOptionsBuilder<PostgresRegistryContext>()
                .UseNpgsql(ConnectionString, o => o.UseNodaTime())
                .Options;
            return new PostgresRegistryContext(options);
        }

        var sqlite = new DbContextOptionsBuilder<SqliteRegistryContext>()
            .UseSqlite(ConnectionString)
            .Options;
        return new SqliteRegistryContext(sqlite);
    }

    /// <summary>Creates the database if needed and applies every pending migration.</summary>
    /// <remarks>
    /// Migrating takes EF Core's migration lock, which on SQLite is a row in <c>__EFMigrationsLock</c> that a killed
    /// process leaves behind, after which every later migration waits for ever. So the lock is only taken when a
    /// migration is actually pending: a batch run killed at any point cannot block the registry.
    /// </remarks>
    public void Migrate()
    {
        if (SqliteFile is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        }

        using var context = Open();
        if (context.Database.GetPendingMigrations().Any())
        {
            context.Database.Migrate();
        }
    }
}
