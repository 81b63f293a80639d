using System.Runtime.InteropServices;

namespace Overgang.Registry.Storage;

/// <summary>
/// The few entry points of the registry's SQLite library (<c>e_sqlite3</c>, the one Microsoft.Data.Sqlite loads through
/// SQLitePCLRaw) that the bulk writer calls per value, on the raw handles: SQLitePCLRaw's wrappers take each handle as a
/// <see cref="SafeHandle"/>, which the runtime adds a reference to and releases again on every call
/// (<c>DangerousAddRef</c>/<c>InternalRelease</c>, 2.8 % of a month run's samples with the reads, bench/README.md,
/// issue 13, stop 34). <see cref="SqliteStatement"/> holds its handles' references for its lifetime instead.
/// </summary>
/// <remarks>
/// Only blittable arguments (handles as <see cref="IntPtr"/>, integers, a pinned byte reference), so no marshalling
/// stub: the calls that bind a value are short and never call back into managed code, so they also skip the
/// transition into preemptive mode (<see cref="SuppressGCTransitionAttribute"/>); stepping a statement, which reads
/// and writes pages, does not.
/// </remarks>
internal static class SqliteNative
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLite's <c>SQLITE_STATIC</c> destructor: the bound bytes stay valid and unchanged until the statement is stepped and bound again.</summary>
    public static readonly IntPtr Static = IntPtr.Zero;

    [DllImport(Library, EntryPoint = "sqlite3_bind_int64", ExactSpelling = true)]
    [SuppressGCTransition]
    public static extern int BindInt64(IntPtr statement, int index, long value);

    [DllImport(Library, EntryPoint = "sqlite3_bind_double", ExactSpelling = true)]
    [SuppressGCTransition]
    public static extern int BindDouble(IntPtr statement, int index, double value);

    [DllImport(Library, EntryPoint = "sqlite3_bind_null", ExactSpelling = true)]
    [SuppressGCTransition]
    public static extern int BindNull(IntPtr statement, int index);

    /// <summary>Binds <paramref name="length"/> bytes of UTF-8 at <paramref name="text"/>, which must be pinned (and unchanged until the next step) for <see cref="Static"/>.</summary>
    [DllImport(Library, EntryPoint = "sqlite3_bind_text", ExactSpelling = true)]
    [SuppressGCTransition]
    public static extern int BindText(IntPtr statement, int index, ref byte text, int length, IntPtr destructor);

    /// <summary>Binds <paramref name="length"/> bytes at <paramref name="blob"/>, under the same terms as <see cref="BindText"/>.</summary>
    [DllImport(Library, EntryPoint = "sqlite3_bind_blob", ExactSpelling = true)]
    [SuppressGCTransition]
    public static extern int BindBlob(IntPtr statement, int index, ref byte blob, int length, IntPtr destructor);

    [DllImport(Library, EntryPoint = "sqlite3_step", ExactSpelling = true)]
    public static extern int Step(IntPtr statement);

    [DllImport(Library, EntryPoint = "sqlite3_reset", ExactSpelling = true)]
    public static extern int Reset(IntPtr statement);

    [DllImport(Library, EntryPoint = "sqlite3_changes", ExactSpelling = true)]
    [SuppressGCTransition]
    public static extern int Changes(IntPtr connection);

    /// <summary>The SQLite type of a column of the current row (<c>SQLITE_NULL</c> is 5).</summary>
    [DllImport(Library, EntryPoint = "sqlite3_column_type", ExactSpelling = true)]
    [SuppressGCTransition]
    public static extern int ColumnType(IntPtr statement, int index);

    [DllImport(Library, EntryPoint = "sqlite3_column_int64", ExactSpelling = true)]
    [SuppressGCTransition]
    public static extern long ColumnInt64(IntPtr statement, int index);

    [DllImport(Library, EntryPoint = "sqlite3_column_double", ExactSpelling = true)]
    [SuppressGCTransition]
    public static extern double ColumnDouble(IntPtr statement, int index);

    /// <summary>The column as UTF-8 text (valid until the statement steps or the column is read as another type), <see cref="IntPtr.Zero"/> for null.</summary>
    [DllImport(Library, EntryPoint = "sqlite3_column_text", ExactSpelling = true)]
    [SuppressGCTransition]
    public static extern IntPtr ColumnText(IntPtr statement, int index);

    /// <summary>The column's bytes, <see cref="IntPtr.Zero"/> for null or no bytes.</summary>
    [DllImport(Library, EntryPoint = "sqlite3_column_blob", ExactSpelling = true)]
    [SuppressGCTransition]
    public static extern IntPtr ColumnBlob(IntPtr statement, int index);

    /// <summary>The length in bytes of the text or blob just read from the column.</summary>
    [DllImport(Library, EntryPoint = "sqlite3_column_bytes", ExactSpelling = true)]
    [SuppressGCTransition]
    public static extern int ColumnBytes(IntPtr statement, int index);

    /// <summary>The connection's prepared statement after <paramref name="statement"/> (the first for <see cref="IntPtr.Zero"/>), or <see cref="IntPtr.Zero"/>.</summary>
    [DllImport(Library, EntryPoint = "sqlite3_next_stmt", ExactSpelling = true)]
    public static extern IntPtr NextStatement(IntPtr connection, IntPtr statement);

    /// <summary>Non-zero while a statement has been stepped and neither run to its end nor reset: it stands on a row.</summary>
    [DllImport(Library, EntryPoint = "sqlite3_stmt_busy", ExactSpelling = true)]
    public static extern int StatementBusy(IntPtr statement);

    /// <summary>The SQL text the statement was prepared from (UTF-8).</summary>
    [DllImport(Library, EntryPoint = "sqlite3_sql", ExactSpelling = true)]
    public static extern IntPtr StatementSql(IntPtr statement);

    /// <summary>The connection's mutex, or <see cref="IntPtr.Zero"/> when it has none (SQLite's multi-thread mode, <see cref="SqliteThreading"/>).</summary>
    [DllImport(Library, EntryPoint = "sqlite3_db_mutex", ExactSpelling = true)]
    public static extern IntPtr ConnectionMutex(IntPtr connection);
}
