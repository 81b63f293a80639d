using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Overgang.Registry;

/// <summary>
/// Why the registry could not be opened, read or written: the storage's condition, not a defect of a command and not
/// its input (a locked SQLite file is <see cref="RegistryDatabase.IsLocked"/>). A command stops with one line saying
/// which; what it had not committed is rolled back by the database.
/// </summary>
public enum RegistryFault
{
    /// <summary>The disk holding the SQLite file is full (SQLITE_FULL).</summary>
    DiskFull,

    /// <summary>The SQLite file or its folder cannot be written by this user (SQLITE_READONLY).</summary>
    ReadOnly,

    /// <summary>The file is not an SQLite database, or a damaged one (SQLITE_NOTADB, SQLITE_CORRUPT).</summary>
    NotARegistry,

    /// <summary>The SQLite file cannot be opened (SQLITE_CANTOPEN).</summary>
    CannotOpen,

    /// <summary>Reading or writing the SQLite file failed in the operating system (SQLITE_IOERR).</summary>
    DiskError,

    /// <summary>No connection to the PostgreSQL server could be made, or it was lost (refused, timed out, closed).</summary>
    ServerUnreachable,

    /// <summary>The PostgreSQL server refused the user or password (SQLSTATE class 28).</summary>
    LoginRefused,

    /// <summary>The database named in the connection does not exist on the PostgreSQL server (SQLSTATE 3D000).</summary>
    NoSuchDatabase,

    /// <summary>The PostgreSQL server is out of disk space or memory, or has too many connections (SQLSTATE class 53).</summary>
    ServerOutOfResources,

    /// <summary>The PostgreSQL server is shutting down, starting or ended the connection (SQLSTATE class 57P).</summary>
    ServerUnavailable,
}

/// <summary>Finds a <see cref="RegistryFault"/> in an exception of the database providers, also when wrapped (EF Core, a run's worker).</summary>
public static class RegistryFaults
{
    /// <summary>The fault the exception (or one it wraps) reports, or <c>null</c> when it is none of them.</summary>
    public static RegistryFault? Of(Exception? exception) => Chain(exception).Select(Classify).FirstOrDefault(f => f is not null);

    /// <summary>An exception and those it wraps, outermost first (an <see cref="AggregateException"/>'s first, as its <see cref="Exception.InnerException"/>).</summary>
    internal static IEnumerable<Exception> Chain(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    /// <summary>What a fault is, in words, for the one line a command prints; <paramref name="where"/> names the registry.</summary>
    public static string Describe(RegistryFault fault, string where) => fault switch
    {
        RegistryFault.DiskFull => $"the disk holding the registry {where} is full",
        RegistryFault.ReadOnly => $"the registry {where} cannot be written: the file or its folder is read-only for this user",
        RegistryFault.NotARegistry => $"{where} is not a registry: not an SQLite database, or a damaged one",
        RegistryFault.CannotOpen => $"the registry {where} cannot be opened: check that its folder exists and may be written by this user",
        RegistryFault.DiskError => $"reading or writing the registry {where} failed: the operating system reported a disk error",
        RegistryFault.ServerUnreachable => $"the PostgreSQL server {where} cannot be reached, or the connection to it was lost (is it running, and are its host and port right?)",
        RegistryFault.LoginRefused => $"the PostgreSQL server {where} refused the user or password",
        RegistryFault.NoSuchDatabase => $"the database {where} does not exist on its PostgreSQL server",
        RegistryFault.ServerOutOfResources => $"the PostgreSQL server {where} is out of disk space or memory, or has too many connections",
        RegistryFault.ServerUnavailable => $"the PostgreSQL server {where} is shutting down or starting, or ended the connection",
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, null),
    };

    /// <summary>True when the command may have been writing when the fault came (the words about what was kept apply).</summary>
    public static bool MayHaveBeenWriting(RegistryFault fault) =>
        fault is RegistryFault.DiskFull or RegistryFault.ReadOnly or RegistryFault.DiskError or RegistryFault.ServerUnreachable
            or RegistryFault.ServerOutOfResources or RegistryFault.ServerUnavailable;

    private static RegistryFault? Classify(Exception e) => e switch
    {
        // SqliteErrorCode is SQLite's primary result code (https://sqlite.org/rescode.html); the extended one is apart.
        SqliteException { SqliteErrorCode: 13 } => RegistryFault.DiskFull,
        SqliteException { SqliteErrorCode: 8 } => RegistryFault.ReadOnly,
        SqliteException { SqliteErrorCode: 26 or 11 } => RegistryFault.NotARegistry,
        SqliteException { SqliteErrorCode: 14 } => RegistryFault.CannotOpen,
        SqliteException { SqliteErrorCode: 10 } => RegistryFault.DiskError,
        PostgresException { SqlState: var state } when state.StartsWith("28", StringComparison.Ordinal) => RegistryFault.LoginRefused,
        PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } => RegistryFault.NoSuchDatabase,
        PostgresException { SqlState: var state } when state.StartsWith("53", StringComparison.Ordinal) => RegistryFault.ServerOutOfResources,
        PostgresException { SqlState: var state } when state.StartsWith("57P", StringComparison.Ordinal) => RegistryFault.ServerUnavailable,
        PostgresException => null,

        // Not the server's answer but the connection's: refused, timed out, or closed under the command.
        NpgsqlException { InnerException: SocketException or IOException or TimeoutException } => RegistryFault.ServerUnreachable,
        _ => null,
    };
}
