using System.Collections.Immutable;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Overgang.Registry.Audit;

namespace Overgang.Registry;

/// <summary>Where the registry lives: an SQLite file (the embedded default) or a PostgreSQL connection string.</summary>
public sealed record RegistryDatabase
{
    private RegistryDatabase(bool isPostgres, string connectionString)
    {
        IsPostgres = isPostgres;
        ConnectionString = connectionString;
        AuditKeyFile = Environment.GetEnvironmentVariable(AuditKey.FileVariable) is { Length: > 0 } file ? file
            : SqliteFile is { } registry ? registry + ".audit-key"
            : Path.Combine(DataFolder, "audit.key");
    }

    /// <summary>The default location of the embedded database, relative to the working directory.</summary>
    public const string DefaultSqlitePath = "data/overgang.db";

    /// <summary>
    /// How long an SQLite command waits for a lock another process holds (a running import or batch run) before it fails
    /// with "database is locked", which the command line reports in one line (<see cref="IsLocked"/>).
    /// </summary>
    public const int BusyTimeoutSeconds = 5;

    /// <summary>True for PostgreSQL, false for SQLite.</summary>
    public bool IsPostgres { get; }

    /// <summary>The ADO.NET connection string.</summary>
    public string ConnectionString { get; }

    /// <summary>The SQLite file, or <c>null</c> for PostgreSQL.</summary>
    public string? SqliteFile => IsPostgres ? null : ConnectionString["Data Source=".Length..ConnectionString.IndexOf(';', StringComparison.Ordinal)];

    /// <summary>
    /// Where the registry is, for a message: the SQLite file, or the PostgreSQL server's host and port and the database's
    /// name (never the user or password).
    /// </summary>
    public string Where
    {
        get
        {
            if (SqliteFile is { } file)
            {
                return file;
            }

            var connection = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{connection.Host}:{connection.Port}/{connection.Database}");
        }
    }

    /// <summary>The folder for files that belong with this registry (payment lists): the SQLite file's folder, else <c>data</c>.</summary>
    public string DataFolder => Path.GetDirectoryName(SqliteFile) ?? "data";

    /// <summary>
    /// The audit key's file when <c>$OVERGANG_AUDIT_KEY</c> is not set: <c>$OVERGANG_AUDIT_KEY_FILE</c> when set, else
    /// beside the SQLite file (<c>overgang.db.audit-key</c>), or <c>audit.key</c> in <see cref="DataFolder"/> (relative to
    /// the working directory) for PostgreSQL. It is made only for a registry whose log has no signed entry yet
    /// (<see cref="AuditKey.Resolve"/>).
    /// </summary>
    public string AuditKeyFile { get; init; }

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
        return new RegistryDatabase(false, $"Data Source={path};Default Timeout={BusyTimeoutSeconds};Pooling=False");
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
            : new RegistryDatabase(false, ConnectionString[..^";Pooling=False".Length] + ";Pooling=True") { AuditKeyFile = AuditKeyFile };

    /// <summary>
    /// EF Core interceptors added to every context opened on this database: for tests that watch what the registry's code
    /// asks the real database (how many rows a query read), never to change it.
    /// </summary>
    internal ImmutableArray<IInterceptor> Interceptors { get; init; } = [];

    /// <summary>Opens a context for this database.</summary>
    public RegistryContext Open() => Create(builtModel: false, journal: null);

    /// <summary>Opens a context for this database that records the changes it commits in <paramref name="journal"/> (a long-running application's kept results read it).</summary>
    public RegistryContext Open(FactJournal journal)
    {
        ArgumentNullException.ThrowIfNull(journal);
        return Create(builtModel: false, journal);
    }

    /// <summary>
    /// A context whose model EF Core builds from <c>OnModelCreating</c> (a quarter of a short command's start-up), not the
    /// compiled one: for regenerating the compiled models and for the test that they still match.
    /// </summary>
    internal RegistryContext OpenWithBuiltModel() => Create(builtModel: true, journal: null);

    private RegistryContext Create(bool builtModel, FactJournal? journal)
    {
        if (IsPostgres)
        {
            var options = new DbContextOptionsBuilder<PostgresRegistryContext>()
                .UseNpgsql(ConnectionString, o => o.UseNodaTime())
                .AddInterceptors(Interceptors);
            return WithAuditKey(new PostgresRegistryContext(builtModel ? options.Options : options.UseModel(CompiledModels.Postgres.PostgresRegistryContextModel.Instance).Options) { Journal = journal });
        }

        // Before the process's first SQLite connection: the threading mode can only be chosen then.
        SqliteThreading.Configure();
        var sqlite = new DbContextOptionsBuilder<SqliteRegistryContext>()
            .UseSqlite(ConnectionString)
            .AddInterceptors([SqlitePragmas.Instance, .. Interceptors]);
        return WithAuditKey(new SqliteRegistryContext(builtModel ? sqlite.Options : sqlite.UseModel(CompiledModels.Sqlite.SqliteRegistryContextModel.Instance).Options) { Journal = journal });
    }

    /// <summary>
    /// True when an exception says the SQLite file is locked by another connection (SQLITE_BUSY or SQLITE_LOCKED) after
    /// the busy timeout, also when wrapped (EF Core, the import).
    /// </summary>
    public static bool IsLocked(Exception? exception) =>
        RegistryFaults.Chain(exception).Any(e => e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 });

    // The one place the audit key is found, for the command line, the web application and the batch runs alike.
    private RegistryContext WithAuditKey(RegistryContext context)
    {
        var file = AuditKeyFile;
        context.AuditKeySource = new Lazy<AuditKey>(() => AuditKey.Resolve(file, () => HasSignedEntries(context)));
        return context;
    }

    /// <summary>
    /// Whether the log has an entry signed with a key: its last entry has (an unsigned entry never follows a signed one).
    /// Asked on the context that wants the key, in its transaction: a load holds the audit table locked until it commits.
    /// </summary>
    private static bool HasSignedEntries(RegistryContext context) =>
        context.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence).Select(a => a.KeyVersion).FirstOrDefault() != 0;

    /// <summary>
    /// The page size of a new SQLite registry, set before its first table is written (an existing file keeps its own).
    /// </summary>
    /// <remarks>
    /// 4 KB, SQLite's default; 8 and 16 KB pages hold the decisions' 2.6 KB explanations with less slack (15–19 % fewer
    /// bytes per person) and may be faster, but that was not measurable beyond the noise yet (see <see cref="SqlitePragmas"/>).
    /// </remarks>
    public const int SqlitePageSize = 4096;

    /// <summary>Creates the database if needed and applies every pending migration.</summary>
    /// <remarks>
    /// <para>Migrating takes EF Core's migration lock, which on SQLite is a row in <c>__EFMigrationsLock</c> that a killed
    /// process leaves behind, after which every later migration waits for ever. So the lock is only taken when a
    /// migration is actually pending: a batch run killed at any point cannot block the registry.</para>
    /// <para>Every command calls this first, so an up-to-date registry costs one plain read: the last applied migration's
    /// id, compared with this assembly's last migration. A new registry (no tables) is made from one generated script of
    /// every migration, in one transaction (<see cref="RegistrySchema"/>). Only otherwise (an older registry, or a script
    /// that does not reach the last migration) does EF Core list the pending migrations and apply them.</para>
    /// </remarks>
    public void Migrate()
    {
        using var context = Open();
        if (SqliteFile is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            // A new file gets its page size before anything is written; every file is in write-ahead-log mode (persistent).
            context.Database.OpenConnection();
            if (new FileInfo(file) is { Exists: false } or { Length: 0 })
            {
#pragma warning disable EF1003 // a constant
                context.Database.ExecuteSqlRaw("PRAGMA page_size=" + SqlitePageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
#pragma warning restore EF1003
            }

            context.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL");
            context.Database.CloseConnection();
        }

        var latest = context.GetService<IMigrationsAssembly>().Migrations.Keys.Max(StringComparer.Ordinal);
        var applied = LastAppliedMigration(context);
        if (latest is not null && applied == latest)
        {
            return;
        }

        // A database without tables: its whole schema from one generated script (RegistrySchema), when that is up to date.
        if (latest is not null && applied is null && RegistrySchema.TryCreate(context, IsPostgres, latest))
        {
            return;
        }

        if (context.Database.GetPendingMigrations().Any())
        {
            // On PostgreSQL a migration of a large registry makes indexes again or copies a table (ByteOrderKeys, FullPages): one
            // statement over millions of rows can take longer than the default command timeout of 30 s. (SQLite's timeout
            // only bounds the wait for another writer's lock.)
            if (IsPostgres)
            {
                context.Database.SetCommandTimeout(0);
            }

            context.Database.Migrate();
        }
    }

    /// <summary>The id of the last migration applied to the database, or <c>null</c> when it has none (or no history table).</summary>
    private static string? LastAppliedMigration(RegistryContext context)
    {
        var connection = context.Database.GetDbConnection();
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT max(\"MigrationId\") FROM \"__EFMigrationsHistory\"";
            return command.ExecuteScalar() as string;
        }
        catch (DbException)
        {
            return null;
        }
        finally
        {
            connection.Close();
        }
    }
}
