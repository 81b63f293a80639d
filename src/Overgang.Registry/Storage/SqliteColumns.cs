using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Overgang.Registry.Storage;

/// <summary>
/// The columns of the row an SQLite data reader stands on, read on its statement's native handle: the values
/// Microsoft.Data.Sqlite's typed getters give (the same SQLite calls, the same checked conversions), without its
/// checks around each call and the reference counting of the statement's <see cref="SafeHandle"/> in every one of
/// them (five native calls for a nullable text, each adding and releasing a reference).
/// </summary>
internal static class SqliteColumns
{
    /// <summary>
    /// The statement of <paramref name="connection"/> that a data reader of <paramref name="sql"/> stands on (prepared from
    /// that text and on a row), or <see cref="IntPtr.Zero"/> when there is not exactly one such statement (no row, or the
    /// reader prepared it differently): the caller then reads through the data reader.
    /// </summary>
    public static IntPtr Statement(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(sql);
        if (connection.Handle is not { } handle)
        {
            return IntPtr.Zero;
        }

        var wanted = sql.AsSpan().Trim().TrimEnd(';');
        var found = IntPtr.Zero;
        for (var statement = SqliteNative.NextStatement(handle.DangerousGetHandle(), IntPtr.Zero); statement != IntPtr.Zero; statement = SqliteNative.NextStatement(handle.DangerousGetHandle(), statement))
        {
            if (SqliteNative.StatementBusy(statement) == 0 || Marshal.PtrToStringUTF8(SqliteNative.StatementSql(statement)) is not { } text
                || !text.AsSpan().Trim().TrimEnd(';').SequenceEqual(wanted))
            {
                continue;
            }

            if (found != IntPtr.Zero)
            {
                return IntPtr.Zero;
            }

            found = statement;
        }

        return found;
    }

    public static bool IsNull(IntPtr statement, int ordinal) => SqliteNative.ColumnType(statement, ordinal) == raw.SQLITE_NULL;

    public static string String(IntPtr statement, int ordinal)
    {
        var text = SqliteNative.ColumnText(statement, ordinal);
        return text == IntPtr.Zero
            ? throw new InvalidOperationException($"column {ordinal} is null")
            : Marshal.PtrToStringUTF8(text, SqliteNative.ColumnBytes(statement, ordinal));
    }

    public static long Int64(IntPtr statement, int ordinal) => SqliteNative.ColumnInt64(statement, ordinal);

    public static int Int32(IntPtr statement, int ordinal) => checked((int)SqliteNative.ColumnInt64(statement, ordinal));

    public static short Int16(IntPtr statement, int ordinal) => checked((short)SqliteNative.ColumnInt64(statement, ordinal));

    public static bool Boolean(IntPtr statement, int ordinal) => SqliteNative.ColumnInt64(statement, ordinal) != 0;

    public static double Double(IntPtr statement, int ordinal) => SqliteNative.ColumnDouble(statement, ordinal);

    /// <summary>The column's bytes; an empty array for a blob of no bytes.</summary>
    public static byte[] Bytes(IntPtr statement, int ordinal)
    {
        var blob = SqliteNative.ColumnBlob(statement, ordinal);
        var length = SqliteNative.ColumnBytes(statement, ordinal);
        if (length == 0)
        {
            return [];
        }

        var bytes = new byte[length];
        Marshal.Copy(blob, bytes, 0, length);
        return bytes;
    }
}
