using NodaTime;
using Npgsql;
using NpgsqlTypes;
using Overgang.Registry.Storage;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Storage;

/// <summary>The binary COPY the bulk writer encodes itself stores what Npgsql's importer stored, also at each type's edges.</summary>
public sealed class BinaryCopyTests
{
    private const string Columns = "n, s, v, c, b, l, i, h, f, d, t";

    private static readonly Edge[] _rows =
    [
        // The smallest values, empty text and bytes; the first DateOnly and DateTime (Npgsql writes them as -infinity).
        new(1, "", "", "", [], long.MinValue, int.MinValue, short.MinValue, false,
            LocalDate.FromDateOnly(DateOnly.MinValue), Instant.FromDateTimeUtc(DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc))),
        // The largest; the last DateOnly and DateTime (infinity); text in Cyrillic with a character outside the BMP.
        new(2, "Олександр Ї 😀", "Ґанна", "Їж", [0, 255, 10, 13], long.MaxValue, int.MaxValue, short.MaxValue, true,
            LocalDate.FromDateOnly(DateOnly.MaxValue), Instant.FromDateTimeUtc(DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc))),
        // Just before PostgreSQL's epoch (2000-01-01), with ticks below a microsecond (dropped toward the epoch, as Npgsql does).
        new(3, "a", "b", "c", [1], -1, -1, -1, false, new LocalDate(1999, 12, 31), Instant.FromUtc(1999, 12, 31, 23, 59, 59).PlusTicks(9_999_995)),
        // The epoch itself and a registry instant with ticks below a microsecond.
        new(4, "x", "y", "z", [2], 0, 0, 0, true, new LocalDate(2000, 1, 1), Instant.FromUtc(2026, 11, 22, 12, 0, 1).PlusTicks(12_345)),
        new(5, null, null, null, null, null, null, null, null, null, null),
    ];

    [Fact]
    public void Write_ValuesAtTheEdgesOfEachType_StoresWhatNpgsqlsImporterStores()
    {
        // Given: one table for each writer, with every column type BinaryCopy writes
        var database = TestDatabase.Create("postgresql");
        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        foreach (var table in new[] { "via_importer", "via_encoder" })
        {
            Execute(connection, $"CREATE TABLE {table} (n integer, s text, v character varying(40), c character(3), b bytea, l bigint, i integer, h smallint, f boolean, d date, t timestamptz)");
        }

        // When: the same rows through Npgsql's importer (typed values, as the bulk writer wrote them before) and through BinaryCopy
        using (var importer = connection.BeginBinaryImport($"COPY via_importer ({Columns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in _rows)
            {
                importer.StartRow();
                importer.Write(row.N, NpgsqlDbType.Integer);
                Write(importer, row.S, NpgsqlDbType.Text);
                Write(importer, row.V, NpgsqlDbType.Varchar);
                Write(importer, row.C, NpgsqlDbType.Char);
                Write(importer, row.B, NpgsqlDbType.Bytea);
                Write(importer, row.L, NpgsqlDbType.Bigint);
                Write(importer, row.I, NpgsqlDbType.Integer);
                Write(importer, row.H, NpgsqlDbType.Smallint);
                Write(importer, row.F, NpgsqlDbType.Boolean);
                Write(importer, row.D?.ToDateOnly(), NpgsqlDbType.Date);
                Write(importer, row.T?.ToDateTimeUtc(), NpgsqlDbType.TimestampTz);
            }

            importer.Complete();
        }

        using (var copy = new BinaryCopy(connection, $"COPY via_encoder ({Columns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in _rows)
            {
                copy.StartRow(11);
                copy.Write(row.N);
                copy.Write(row.S);
                copy.Write(row.V);
                copy.Write(row.C);
                copy.Write(row.B);
                Write(copy, row.L, copy.Write);
                Write(copy, row.I, copy.Write);
                Write(copy, row.H, copy.Write);
                Write(copy, row.F, copy.Write);
                Write(copy, row.D, copy.Write);
                Write(copy, row.T, copy.Write);
            }

            copy.Complete();
        }

        // Then: every row as PostgreSQL gives it back is the same
        var expected = Rows(connection, "via_importer");
        Assert.Equal(_rows.Length, expected.Count);
        Assert.Contains(expected, r => r.Contains("-infinity", StringComparison.Ordinal));
        Assert.Equal(expected, Rows(connection, "via_encoder"));
    }

    [Fact]
    public void Dispose_WithoutComplete_StoresNothing()
    {
        // Given
        var database = TestDatabase.Create("postgresql");
        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        Execute(connection, "CREATE TABLE cancelled (n integer)");

        // When: a copy left before it is completed (as when writing its rows fails)
        using (var copy = new BinaryCopy(connection, "COPY cancelled (n) FROM STDIN (FORMAT BINARY)"))
        {
            copy.StartRow(1);
            copy.Write(1);
        }

        // Then: no row, and the connection still works
        using var count = new NpgsqlCommand("SELECT count(*) FROM cancelled", connection);
        Assert.Equal(0L, count.ExecuteScalar());
    }

    private static void Write<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, type);
        }
    }

    private static void Write<T>(BinaryCopy copy, T? value, Action<T> write)
        where T : struct
    {
        if (value is { } v)
        {
            write(v);
        }
        else
        {
            copy.WriteNull();
        }
    }

    private static List<string> Rows(NpgsqlConnection connection, string table)
    {
        using var command = new NpgsqlCommand($"SELECT x::text FROM {table} x ORDER BY n", connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private sealed record Edge(int N, string? S, string? V, string? C, byte[]? B, long? L, int? I, short? H, bool? F, LocalDate? D, Instant? T);
}
