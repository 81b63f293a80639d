using System.Buffers.Binary;
using System.Text;
using NodaTime;
using Npgsql;

namespace Overgang.Registry.Storage;

/// <summary>
/// One binary <c>COPY … FROM STDIN (FORMAT BINARY)</c> whose rows are encoded here, into one buffer sent in large
/// pieces through Npgsql's raw copy stream, for the column types the registry stores (<see cref="TableMap.Column.Encode"/>).
/// </summary>
/// <remarks>
/// <para>
/// The bytes of each value are the ones Npgsql's <see cref="NpgsqlBinaryImporter"/> sends for the same value (so the
/// stored rows are the same): text as strict UTF-8, integers and booleans big-endian, a date as days since 2000-01-01 and
/// an instant as microseconds since then (the ticks below a microsecond dropped, as Npgsql drops them), the first and last
/// <see cref="DateOnly"/> and <see cref="DateTime"/> as <c>-infinity</c> and <c>infinity</c> (Npgsql's default), bytes
/// as they are. The importer binds a parameter and resolves its type for every value it writes: for a
/// generated population that was about two fifths of the writing thread's CPU (bench/README.md, stop 33).
/// </para>
/// <para>
/// Format (PostgreSQL's <c>COPY</c> documentation): the signature <c>PGCOPY\n\377\r\n\0</c>, flags and header extension
/// length (0, 0); per row the number of columns (int16), then per column its length in bytes (int32; -1 for null) and
/// its bytes; at the end -1 (int16). A copy not completed is cancelled when disposed: nothing of it is stored.
/// </para>
/// </remarks>
internal sealed class BinaryCopy : IDisposable
{
    private const int Flush = 256 * 1024;
    private const long PostgresEpochTicks = 630_822_816_000_000_000L; // 2000-01-01T00:00:00Z
    private static readonly int _postgresEpochDay = new DateOnly(2000, 1, 1).DayNumber;
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static ReadOnlySpan<byte> Signature => [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0];

    private readonly NpgsqlRawCopyStream _stream;
    private byte[] _buffer = new byte[Flush + 4096];
    private int _length;
    private bool _completed;

    /// <summary>Starts <paramref name="copySql"/> (a binary <c>COPY … FROM STDIN</c>) on the connection.</summary>
    public BinaryCopy(NpgsqlConnection connection, string copySql)
    {
        _stream = connection.BeginRawBinaryCopy(copySql);
        Signature.CopyTo(_buffer);
        _length = Signature.Length + 8; // flags and header extension length: zero
        _buffer.AsSpan(Signature.Length, 8).Clear();
    }

    /// <summary>Starts a row of <paramref name="columns"/> values.</summary>
    public void StartRow(int columns)
    {
        if (_length >= Flush)
        {
            Send();
        }

        BinaryPrimitives.WriteInt16BigEndian(Reserve(2), checked((short)columns));
    }

    /// <summary>A null value.</summary>
    public void WriteNull() => BinaryPrimitives.WriteInt32BigEndian(Reserve(4), -1);

    /// <summary>Text (<c>text</c>, <c>character varying</c>, <c>character</c>) as UTF-8, or null.</summary>
    public void Write(string? value)
    {
        if (value is null)
        {
            WriteNull();
            return;
        }

        var span = Reserve(4 + _utf8.GetMaxByteCount(value.Length));
        var length = _utf8.GetBytes(value, span[4..]);
        BinaryPrimitives.WriteInt32BigEndian(span, length);
        _length -= span.Length - 4 - length;
    }

    /// <summary><c>bytea</c>, or null.</summary>
    public void Write(byte[]? value)
    {
        if (value is null)
        {
            WriteNull();
            return;
        }

        var span = Reserve(4 + value.Length);
        BinaryPrimitives.WriteInt32BigEndian(span, value.Length);
        value.CopyTo(span[4..]);
    }

    /// <summary><c>bigint</c>.</summary>
    public void Write(long value)
    {
        var span = Reserve(12);
        BinaryPrimitives.WriteInt32BigEndian(span, 8);
        BinaryPrimitives.WriteInt64BigEndian(span[4..], value);
    }

    /// <summary><c>integer</c>.</summary>
    public void Write(int value)
    {
        var span = Reserve(8);
        BinaryPrimitives.WriteInt32BigEndian(span, 4);
        BinaryPrimitives.WriteInt32BigEndian(span[4..], value);
    }

    /// <summary><c>smallint</c>.</summary>
    public void Write(short value)
    {
        var span = Reserve(6);
        BinaryPrimitives.WriteInt32BigEndian(span, 2);
        BinaryPrimitives.WriteInt16BigEndian(span[4..], value);
    }

    /// <summary><c>boolean</c>.</summary>
    public void Write(bool value)
    {
        var span = Reserve(5);
        BinaryPrimitives.WriteInt32BigEndian(span, 1);
        span[4] = value ? (byte)1 : (byte)0;
    }

    /// <summary><c>date</c>: days since 2000-01-01 (the first and last <see cref="DateOnly"/> as -infinity and infinity, as Npgsql writes them).</summary>
    public void Write(LocalDate value)
    {
        var date = value.ToDateOnly();
        Write(date == DateOnly.MaxValue ? int.MaxValue : date == DateOnly.MinValue ? int.MinValue : date.DayNumber - _postgresEpochDay);
    }

    /// <summary><c>timestamptz</c>: microseconds since 2000-01-01 UTC, truncated (the first and last <see cref="DateTime"/> as -infinity and infinity, as Npgsql writes them).</summary>
    public void Write(Instant value)
    {
        var ticks = value.ToDateTimeUtc().Ticks;
        Write(ticks == DateTime.MaxValue.Ticks ? long.MaxValue : ticks == DateTime.MinValue.Ticks ? long.MinValue : (ticks - PostgresEpochTicks) / 10);
    }

    /// <summary>Ends the copy: sends the rest and the trailer; PostgreSQL then stores the rows (or refuses them all).</summary>
    public void Complete()
    {
        BinaryPrimitives.WriteInt16BigEndian(Reserve(2), -1);
        Send();
        _completed = true;
        _stream.Dispose(); // ends the COPY and waits for the server's answer; a refusal is thrown here
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_completed)
        {
            _completed = true;
            try
            {
                _stream.Cancel();
            }
            catch (NpgsqlException)
            {
                // The copy failed or the connection broke: nothing of it is stored either way, and the caller's error stands.
            }
        }

        _stream.Dispose();
    }

    private Span<byte> Reserve(int bytes)
    {
        if (_length + bytes > _buffer.Length)
        {
            Send();
            if (bytes > _buffer.Length)
            {
                _buffer = new byte[bytes];
            }
        }

        var span = _buffer.AsSpan(_length, bytes);
        _length += bytes;
        return span;
    }

    private void Send()
    {
        _stream.Write(_buffer, 0, _length);
        _length = 0;
    }
}
