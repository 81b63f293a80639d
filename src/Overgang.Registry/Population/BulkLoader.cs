using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace Overgang.Registry.Population;

/// <summary>
/// Fast inserts of many rows of one entity type, in the context's current transaction: prepared, reused
/// <c>INSERT</c> commands on SQLite and binary <c>COPY</c> on PostgreSQL.
/// </summary>
/// <remarks>
/// Table and column names, and the conversions of dates and instants, come from the EF model, so there is no second
/// schema. Keys the database generates (identity columns) are left out. On PostgreSQL dates are written as
/// <see cref="DateOnly"/> and instants as UTC <see cref="DateTime"/>, which Npgsql maps to <c>date</c> and
/// <c>timestamptz</c> with or without its NodaTime plugin.
/// </remarks>
public static class BulkLoader
{
    private const int RowsPerStatement = 64;
    private const int MaxParameters = 256;

    /// <summary>Inserts <paramref name="rows"/> into the table of <typeparamref name="T"/>; returns the number of rows.</summary>
    public static int Insert<T>(RegistryContext context, IReadOnlyList<T> rows)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return 0;
        }

        var entity = context.Model.FindEntityType(typeof(T)) ?? throw new ArgumentException($"{typeof(T).Name} is not in the registry model", nameof(T));
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd)).ToArray();
        var columns = properties.Select(p => p.GetColumnName(table)!).ToArray();
        var getters = properties.Select(p => p.GetGetter()).ToArray();
        var connection = context.Database.GetDbConnection();
        var transaction = context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("bulk inserts run inside a transaction");
        return connection switch
        {
            NpgsqlConnection npgsql => Copy(npgsql, table.Name, columns, properties, getters, rows),
            SqliteConnection => Prepared(connection, transaction, table.Name, columns, properties, getters, rows),
            _ => throw new NotSupportedException(connection.GetType().Name),
        };
    }

    private static int Prepared<T>(DbConnection connection, DbTransaction transaction, string table, string[] columns, IProperty[] properties, IClrPropertyGetter[] getters, IReadOnlyList<T> rows)
        where T : class
    {
        // Many rows per statement: the per-statement cost dominates small rows. The batch stays well below SQLite's
        // limit of 32,766 parameters, and small because Microsoft.Data.Sqlite binds each parameter by name (a linear search).
        var batch = Math.Max(1, Math.Min(RowsPerStatement, MaxParameters / columns.Length));
        var converters = properties.Select(p => p.GetTypeMapping().Converter).ToArray();
        using var full = Command(connection, transaction, table, columns, batch);
        var offset = 0;
        for (; offset + batch <= rows.Count; offset += batch)
        {
            Execute(full, rows, offset, batch, getters, converters);
        }

        if (offset < rows.Count)
        {
            using var rest = Command(connection, transaction, table, columns, rows.Count - offset);
            Execute(rest, rows, offset, rows.Count - offset, getters, converters);
        }

        return rows.Count;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string table, string[] columns, int rowCount)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var values = string.Join(", ", Enumerable.Range(0, rowCount).Select(r => "(" + string.Join(", ", columns.Select((_, c) => "$p" + ((r * columns.Length) + c).ToString(CultureInfo.InvariantCulture))) + ")"));
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES {values}";
        for (var i = 0; i < rowCount * columns.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$p" + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }

    private static void Execute<T>(DbCommand command, IReadOnlyList<T> rows, int offset, int count, IClrPropertyGetter[] getters, ValueConverter?[] converters)
        where T : class
    {
        var parameters = command.Parameters;
        var p = 0;
        for (var r = offset; r < offset + count; r++)
        {
            var row = rows[r];
            for (var i = 0; i < getters.Length; i++)
            {
                var value = getters[i].GetClrValue(row);
                parameters[p++].Value = value is null ? DBNull.Value : converters[i]?.ConvertToProvider(value) ?? value;
            }
        }

        command.ExecuteNonQuery();
    }

    private static int Copy<T>(NpgsqlConnection connection, string table, string[] columns, IProperty[] properties, IClrPropertyGetter[] getters, IReadOnlyList<T> rows)
        where T : class
    {
        var types = properties.Select(p => p.GetColumnType()).ToArray();
        using var importer = connection.BeginBinaryImport($"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            importer.StartRow();
            for (var i = 0; i < getters.Length; i++)
            {
                switch (getters[i].GetClrValue(row))
                {
                    case null:
                        importer.WriteNull();
                        break;
                    case string text:
                        importer.Write(text, types[i].StartsWith("character varying", StringComparison.Ordinal) ? NpgsqlDbType.Varchar : NpgsqlDbType.Text);
                        break;
                    case long number:
                        importer.Write(number, NpgsqlDbType.Bigint);
                        break;
                    case int number:
                        importer.Write(number, NpgsqlDbType.Integer);
                        break;
                    case bool flag:
                        importer.Write(flag, NpgsqlDbType.Boolean);
                        break;
                    case LocalDate date:
                        importer.Write(date.ToDateOnly(), NpgsqlDbType.Date);
                        break;
                    case Instant instant:
                        importer.Write(instant.ToDateTimeUtc(), NpgsqlDbType.TimestampTz);
                        break;
                    case byte[] bytes:
                        importer.Write(bytes, NpgsqlDbType.Bytea);
                        break;
                    case var other:
                        throw new NotSupportedException($"{table}.{columns[i]}: no COPY mapping for {other.GetType().Name}");
                }
            }
        }

        importer.Complete();
        return rows.Count;
    }
}
