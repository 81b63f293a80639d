using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Overgang.Registry.Storage;

/// <summary>
/// One prepared SQLite statement on a connection's native handle, bound by index and stepped directly: what
/// Microsoft.Data.Sqlite does per command, without binding each parameter by name. Strings are encoded to UTF-8 into one
/// reused buffer; SQLite copies the bytes when they are bound.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int _timeoutMilliseconds;
    private byte[] _utf8 = new byte[256];

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        _timeoutMilliseconds = connection.DefaultTimeout * 1000;
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public void Bind(int index, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(_statement, index));
            return;
        }

        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (max > _utf8.Length)
        {
            _utf8 = new byte[Math.Max(max, _utf8.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(value, _utf8);
        Check(raw.sqlite3_bind_text(_statement, index, _utf8.AsSpan(0, length)));
    }

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, long? value) => Check(value is { } v ? raw.sqlite3_bind_int64(_statement, index, v) : raw.sqlite3_bind_null(_statement, index));

    public void Bind(int index, short value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, int value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, int? value) => Check(value is { } v ? raw.sqlite3_bind_int64(_statement, index, v) : raw.sqlite3_bind_null(_statement, index));

    /// <summary>A flag as 0 or 1, as EF Core stores it on SQLite.</summary>
    public void Bind(int index, bool value) => Check(raw.sqlite3_bind_int64(_statement, index, value ? 1 : 0));

    public void Bind(int index, bool? value) => Check(value is { } v ? raw.sqlite3_bind_int64(_statement, index, v ? 1 : 0) : raw.sqlite3_bind_null(_statement, index));

    public void Bind(int index, double value) => Check(raw.sqlite3_bind_double(_statement, index, value));

    public void Bind(int index, double? value) => Check(value is { } v ? raw.sqlite3_bind_double(_statement, index, v) : raw.sqlite3_bind_null(_statement, index));

    public void Bind(int index, byte[]? value) => Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_blob(_statement, index, value));

    /// <summary>Any other provider type, as Microsoft.Data.Sqlite would store it for the common ones.</summary>
    public void BindObject(int index, object? value)
    {
        switch (value)
        {
            case null:
                Bind(index, (string?)null);
                break;
            case string text:
                Bind(index, text);
                break;
            case IConvertible convertible when value is byte or sbyte or short or ushort or uint or ulong or char:
                Bind(index, convertible.ToInt64(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case float number:
                Bind(index, (double)number);
                break;
            default:
                throw new NotSupportedException($"no SQLite binding for {value.GetType().Name}");
        }
    }

    /// <summary>Runs the bound statement, retrying while another connection holds the lock (up to the busy timeout); returns the rows changed.</summary>
    public int Execute()
    {
        var clock = (Stopwatch?)null;
        while (true)
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc is raw.SQLITE_DONE or raw.SQLITE_ROW)
            {
                raw.sqlite3_reset(_statement);
                return raw.sqlite3_changes(_db);
            }

            if (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
            {
                raw.sqlite3_reset(_statement);
                clock ??= Stopwatch.StartNew();
                if (clock.ElapsedMilliseconds < _timeoutMilliseconds)
                {
                    Thread.Sleep(1);
                    continue;
                }
            }

            try
            {
                SqliteException.ThrowExceptionForRC(rc, _db);
                throw new InvalidOperationException($"sqlite3_step returned {rc}");
            }
            finally
            {
                raw.sqlite3_reset(_statement);
            }
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
