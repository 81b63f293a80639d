using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Overgang.Registry.Storage;

/// <summary>
/// The journal mode of an SQLite registry for a population load into an empty registry: a rollback journal for the load's
/// one transaction, then write-ahead logging again (docs/adr/0022-a-rollback-journal-for-a-load-into-an-empty-registry.md).
/// </summary>
/// <remarks>
/// <para>In write-ahead-log mode every page of the load is written twice, into the log at the commit and into the file at
/// the checkpoint after it (at 150,000 persons about 24,000 pages: 72,000 writes and 24,000 reads of the log, about 0.8 s
/// on one thread). With a rollback journal the commit writes each page once, into the file; pages past the file's end
/// before the load are not journaled, so into an empty registry the journal stays a few pages. A crash or a failed load
/// rolls back exactly as in WAL mode (the journal is replayed at the next open), and the next opening of the registry
/// (<see cref="RegistryDatabase.Migrate"/>) sets WAL again if the load could not.</para>
/// <para>SQLite changes the mode out of WAL only when no other connection has the file open (a running <c>serve</c>, say).
/// The change is tried once, without waiting (SQLite's <c>SQLITE_BUSY</c> is not retried as Microsoft.Data.Sqlite
/// would retry a command): when it cannot be made the load runs in WAL mode as before.</para>
/// </remarks>
internal static class SqliteJournal
{
    /// <summary>Sets the connection's journal mode if SQLite can at once; true when the mode is now <paramref name="mode"/>.</summary>
    /// <param name="connection">An open connection, outside a transaction.</param>
    /// <param name="mode"><c>delete</c> or <c>wal</c>.</param>
    public static bool TrySet(SqliteConnection connection, string mode)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (mode is not ("delete" or "wal"))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "delete or wal");
        }

        var db = connection.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        if (raw.sqlite3_prepare_v2(db, "PRAGMA journal_mode=" + mode, out var statement) != raw.SQLITE_OK)
        {
            return false;
        }

        using (statement)
        {
            // SQLITE_BUSY when another connection holds the file: the mode stays as it was.
            return raw.sqlite3_step(statement) == raw.SQLITE_ROW
                && string.Equals(raw.sqlite3_column_text(statement, 0).utf8_to_string(), mode, StringComparison.OrdinalIgnoreCase);
        }
    }
}
