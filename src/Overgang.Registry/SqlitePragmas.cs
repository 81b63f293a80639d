using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Overgang.Registry;

/// <summary>
/// The settings of every SQLite connection of the registry, run as it opens: <c>synchronous=NORMAL</c>,
/// <c>temp_store=MEMORY</c> and a 64 MB page cache, then <c>$OVERGANG_SQLITE_PRAGMAS</c> if set (for measurements).
/// </summary>
/// <remarks>
/// <para>
/// Durability: the registry is in write-ahead-log mode (<see cref="RegistryDatabase.Migrate"/>). With WAL,
/// <c>synchronous=NORMAL</c> syncs the log at checkpoints instead of at every commit: a killed process loses nothing
/// committed (the log is in the operating system's cache), and after a power cut the database is consistent and at most
/// the last commits are gone, which a batch run redoes when it is resumed (its chunks commit with their progress). The
/// crash and resume tests of the runs hold with these settings.
/// </para>
/// <para>
/// Measured on the generate + decisions path, 30,000 persons, 2 cores shared with other builds (load average 21–27,
/// single runs; bench/README.md, issue 13): WAL with synchronous=NORMAL 27.5 s + 40.5 s, with synchronous=FULL
/// 70.5 s + 197.8 s (a sync of the log at every commit: the runs commit per chunk), with a 256 MB mmap_size
/// 76.9 s + 98.7 s (no gain for writes, so not set). Page sizes of 8 and 16 KB looked faster and store 15–19 % fewer
/// bytes per person, but a repeat of the 4 KB run varied 3.5 times under that load, so the page size stays 4096
/// (<see cref="RegistryDatabase.SqlitePageSize"/>). The page cache is 64 MB per connection (the population load sets
/// 256 MB on its own connection); temporary tables and indexes stay in memory.
/// </para>
/// </remarks>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Defaults = "PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;";

    private SqlitePragmas()
    {
    }

    /// <summary>The one instance, shared by every context.</summary>
    public static SqlitePragmas Instance { get; } = new();

    private static string Pragmas { get; } = Defaults + (Environment.GetEnvironmentVariable("OVERGANG_SQLITE_PRAGMAS") ?? "");

    /// <inheritdoc/>
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Apply(connection);
    }

    /// <inheritdoc/>
    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // fixed text and the operator's own setting
        command.CommandText = Pragmas;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }
}
