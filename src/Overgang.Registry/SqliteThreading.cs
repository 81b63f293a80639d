using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Overgang.Registry;

/// <summary>
/// SQLite's threading mode for this process, set once before the registry opens its first SQLite connection: multi-thread
/// (<c>SQLITE_CONFIG_MULTITHREAD</c>) with the allocator's statistics off (<c>SQLITE_CONFIG_MEMSTATUS</c> 0), instead of
/// the library's serialized default, in which every bind, step and column read takes the connection's mutex and every
/// allocation the allocator's.
/// </summary>
/// <remarks>
/// <para>
/// Multi-thread mode is safe as long as no connection, and no statement of it, is used by two threads at the same time
/// (https://sqlite.org/threadsafe.html). The registry's code uses each connection on one thread at a time: a context
/// and its connection belong to one command, request or run stage (the runs' pipeline reads on a connection of its own);
/// the web application's pooled connections are handed out to one request at a time. Every command and data reader is
/// disposed where it is made, so no statement is finalised by the garbage collector's finaliser thread while its
/// connection is in use.
/// </para>
/// <para>
/// The mode can only be chosen before SQLite is initialised, which its first connection does. When something opened a
/// connection first (a tool or test that uses Microsoft.Data.Sqlite directly), SQLite refuses (<c>SQLITE_MISUSE</c>) and
/// the process stays serialized: slower, never wrong. <c>$OVERGANG_SQLITE_THREADING=serialized</c> keeps the library's
/// default (for measurements, and as a way back).
/// </para>
/// </remarks>
internal static class SqliteThreading
{
    /// <summary>The environment variable that keeps SQLite's serialized default when set to <c>serialized</c>.</summary>
    public const string Variable = "OVERGANG_SQLITE_THREADING";

    private static readonly Lock _lock = new();
    private static bool _configured;

    /// <summary>True when this process's SQLite connections are opened in multi-thread mode (without a mutex of their own).</summary>
    public static bool MultiThread { get; private set; }

    /// <summary>Sets the mode, once per process; call before opening a connection.</summary>
    public static void Configure()
    {
        if (Volatile.Read(ref _configured))
        {
            return;
        }

        lock (_lock)
        {
            if (_configured)
            {
                return;
            }

            if (!string.Equals(Environment.GetEnvironmentVariable(Variable), "serialized", StringComparison.OrdinalIgnoreCase))
            {
                // Microsoft.Data.Sqlite's static constructor sets SQLitePCLRaw's provider (the bundled e_sqlite3); it does not initialise SQLite.
                RuntimeHelpers.RunClassConstructor(typeof(SqliteConnection).TypeHandle);
                MultiThread = raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK;
                if (MultiThread)
                {
                    raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
                }
            }

            Volatile.Write(ref _configured, true);
        }
    }
}
