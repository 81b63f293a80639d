using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Overgang.Registry.Storage;

/// <summary>
/// One prepared SQLite statement on a connection's native handle, bound by index and stepped directly: what
/// Microsoft.Data.Sqlite does per command, without binding each parameter by name.
/// </summary>
/// <remarks>
/// The statement holds a reference to its own and its connection's handle for its lifetime and calls SQLite on the raw
/// pointers (<see cref="SqliteNative"/>), not through SQLitePCLRaw's wrappers, which add and release a reference to the
/// handle on every call. Text and blobs are written into one pinned buffer per statement and bound without a copy
/// (<c>SQLITE_STATIC</c>): the bytes of a row stay where they are until the row is stepped, after which the buffer is
/// reused for the next row (every value of a row is bound again before it is stepped). SQLitePCLRaw binds every text
/// with <c>SQLITE_TRANSIENT</c>, so SQLite allocated and copied each value.
/// </remarks>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly IntPtr _connection;
    private readonly IntPtr _handle;
    private readonly int _timeoutMilliseconds;
    private readonly List<byte[]> _outgrown = [];
    private byte[] _bytes = GC.AllocateUninitializedArray<byte>(4096, pinned: true);
    private int _used;
    private bool _dbReferenced;
    private bool _statementReferenced;

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        _timeoutMilliseconds = connection.DefaultTimeout * 1000;
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _db.DangerousAddRef(ref _dbReferenced);
        _statement.DangerousAddRef(ref _statementReferenced);
        _connection = _db.DangerousGetHandle();
        _handle = _statement.DangerousGetHandle();
    }

    public void Bind(int index, string? value)
    {
        if (value is null)
        {
            Check(SqliteNative.BindNull(_handle, index));
            return;
        }

        // Never empty (the most three bytes a character can take, plus one), so the reference is into the buffer and an
        // empty text is bound as empty text, not as null (what SQLite makes of a null pointer).
        var room = Room(Encoding.UTF8.GetMaxByteCount(value.Length));
        var length = Encoding.UTF8.GetBytes(value, room);
        Check(SqliteNative.BindText(_handle, index, ref MemoryMarshal.GetReference(room), length, SqliteNative.Static));
        _used += length;
    }

    public void Bind(int index, long value) => Check(SqliteNative.BindInt64(_handle, index, value));

    public void Bind(int index, long? value) => Check(value is { } v ? SqliteNative.BindInt64(_handle, index, v) : SqliteNative.BindNull(_handle, index));

    public void Bind(int index, short value) => Check(SqliteNative.BindInt64(_handle, index, value));

    public void Bind(int index, int value) => Check(SqliteNative.BindInt64(_handle, index, value));

    public void Bind(int index, int? value) => Check(value is { } v ? SqliteNative.BindInt64(_handle, index, v) : SqliteNative.BindNull(_handle, index));

    /// <summary>A flag as 0 or 1, as EF Core stores it on SQLite.</summary>
    public void Bind(int index, bool value) => Check(SqliteNative.BindInt64(_handle, index, value ? 1 : 0));

    public void Bind(int index, bool? value) => Check(value is { } v ? SqliteNative.BindInt64(_handle, index, v ? 1 : 0) : SqliteNative.BindNull(_handle, index));

    public void Bind(int index, double value) => Check(SqliteNative.BindDouble(_handle, index, value));

    public void Bind(int index, double? value) => Check(value is { } v ? SqliteNative.BindDouble(_handle, index, v) : SqliteNative.BindNull(_handle, index));

    public void Bind(int index, byte[]? value)
    {
        if (value is null)
        {
            Check(SqliteNative.BindNull(_handle, index));
            return;
        }

        // One byte more than the blob, so that an empty blob is bound as a blob of no bytes, not as null.
        var room = Room(value.Length + 1);
        value.CopyTo(room);
        Check(SqliteNative.BindBlob(_handle, index, ref MemoryMarshal.GetReference(room), value.Length, SqliteNative.Static));
        _used += value.Length;
    }

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
        try
        {
            while (true)
            {
                var rc = SqliteNative.Step(_handle);
                if (rc is raw.SQLITE_DONE or raw.SQLITE_ROW)
                {
                    _ = SqliteNative.Reset(_handle);
                    return SqliteNative.Changes(_connection);
                }

                if (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
                {
                    _ = SqliteNative.Reset(_handle);
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
                    _ = SqliteNative.Reset(_handle);
                }
            }
        }
        finally
        {
            // The row is stepped (or failed): its bytes are no longer read, the buffer is the next row's.
            _used = 0;
            _outgrown.Clear();
        }
    }

    public void Dispose()
    {
        if (_statementReferenced)
        {
            _statement.DangerousRelease();
            _statementReferenced = false;
        }

        if (_dbReferenced)
        {
            _db.DangerousRelease();
            _dbReferenced = false;
        }

        _statement.Dispose();
    }

    /// <summary>
    /// Room for <paramref name="bytes"/> bytes after the row's values bound so far. A buffer too small is replaced by a
    /// larger one; the old one is kept until the row is stepped, since values of the row are still bound to it.
    /// </summary>
    private Span<byte> Room(int bytes)
    {
        if (_used + bytes > _bytes.Length)
        {
            if (_used > 0)
            {
                _outgrown.Add(_bytes);
            }

            _bytes = GC.AllocateUninitializedArray<byte>(Math.Max(bytes, _bytes.Length * 2), pinned: true);
            _used = 0;
        }

        return _bytes.AsSpan(_used, bytes);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
