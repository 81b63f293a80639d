using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Overgang.Registry.Storage;

namespace Overgang.Registry.Facts;

/// <summary>
/// Reads the rows of a facts query without EF Core's shaper: the SQL and parameters EF makes for the LINQ query, run
/// through EF's relational command (so the context's interceptors see the command and count its reads), each row read
/// by ordinal into an entity by setters compiled once per model, type and column, with the model's value converters.
/// Every loader of rule inputs (<see cref="AllowanceFacts"/>, <see cref="DecisionFacts"/>, <see cref="ReturnFacts"/>,
/// the transitional stays, a run's persons) reads its rows through this type, for a run's chunk and for one household alike.
/// </summary>
/// <remarks>
/// EF's own enumeration costs, per row, a concurrency check that sets an <see cref="AsyncLocal{T}"/> and its generic
/// shaper (bench/README.md, issue 13, stops 30 and 31); a facts query is a plain select of one table's columns, so its
/// rows need neither. Only the columns the query selects are set; a column the entity does not map fails the read.
/// On SQLite the columns are read on the reader's statement handle (<see cref="SqliteColumns"/>): the same values,
/// without Microsoft.Data.Sqlite's reference counting of the handle around each of the several native calls of every
/// column (bench/README.md, issue 13, stop 34). The rows are still stepped through the data reader, so EF's read count
/// and the interceptors see every row.
/// </remarks>
internal static class FactRows
{
    private static readonly ConcurrentDictionary<(IModel Model, Type Type, string Column, bool Native), Delegate> _setters = new();
    private static readonly ConcurrentDictionary<Type, Delegate> _makers = new();

    [ThreadStatic]
    private static int _nativeReads;

    /// <summary>How many queries this thread read on the SQLite statement handle (for the tests: the fast path is taken).</summary>
    internal static int NativeReads => _nativeReads;

    /// <summary>The rows of <paramref name="query"/> (entities of one mapped type, or a projection into one by member).</summary>
    public static List<T> Read<T>(RegistryContext context, IQueryable<T> query)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(query);
        var entity = context.Model.FindEntityType(typeof(T)) ?? throw new ArgumentException($"{typeof(T).Name} is not in the registry model", nameof(query));
        using var reader = Execute(context, query, out var sql);
        var data = reader.DbDataReader;

        // The statement the reader stands on (it has stepped to the first row, if there is one); none: read through the reader.
        var statement = data is SqliteDataReader ? SqliteColumns.Statement((SqliteConnection)context.Database.GetDbConnection(), sql) : IntPtr.Zero;
        _nativeReads += statement != IntPtr.Zero ? 1 : 0;
        var setters = new Action<DbDataReader, IntPtr, int, T>[data.FieldCount];
        for (var i = 0; i < setters.Length; i++)
        {
            setters[i] = Setter<T>(context.Model, entity, data.GetName(i), statement != IntPtr.Zero);
        }

        var make = (Func<T>)_makers.GetOrAdd(typeof(T), t => Expression.Lambda<Func<T>>(Expression.New(t)).Compile());
        var rows = new List<T>();
        while (reader.Read())
        {
            var row = make();
            for (var i = 0; i < setters.Length; i++)
            {
                setters[i](data, statement, i, row);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>
    /// Runs EF's SQL for <paramref name="query"/> as an <see cref="IRelationalCommand"/> of the context: the command
    /// interceptors and the command log see it as they see EF's own queries.
    /// </summary>
    private static RelationalDataReader Execute<T>(RegistryContext context, IQueryable<T> query, out string sql)
    {
        // EF translates (and caches) the query; its command gives the SQL and the parameter values of this call.
        using var made = query.CreateDbCommand();
        sql = made.CommandText;
        var builder = context.GetService<IRelationalCommandBuilderFactory>().Create().Append(made.CommandText);
        var parameters = made.Parameters.Cast<DbParameter>().ToList();

        // A parameter belongs to one command (Npgsql checks): taken from the made command before the run's own is built.
        made.Parameters.Clear();
        foreach (var parameter in parameters)
        {
            builder.AddRawParameter(parameter.ParameterName, parameter);
        }

        return builder.Build().ExecuteReader(new RelationalCommandParameterObject(
            context.GetService<IRelationalConnection>(),
            null,
            null,
            context,
            context.GetService<IRelationalCommandDiagnosticsLogger>(),
            CommandSource.LinqQuery));
    }

    /// <summary>
    /// The setter of the property mapped to <paramref name="column"/>: reads the provider value by ordinal (<paramref name="native"/>:
    /// on the SQLite statement handle it is given) and converts it as the model says.
    /// </summary>
    private static Action<DbDataReader, IntPtr, int, T> Setter<T>(IModel model, IEntityType entity, string column, bool native) =>
        (Action<DbDataReader, IntPtr, int, T>)_setters.GetOrAdd((model, typeof(T), column, native), key =>
        {
            var property = entity.GetProperties().FirstOrDefault(p => p.GetColumnName() == key.Column)
                ?? throw new InvalidOperationException($"{typeof(T).Name} maps no column {key.Column}");
            var reader = Expression.Parameter(typeof(DbDataReader), "reader");
            var statement = Expression.Parameter(typeof(IntPtr), "statement");
            var ordinal = Expression.Parameter(typeof(int), "ordinal");
            var row = Expression.Parameter(typeof(T), "row");
            var converter = property.GetTypeMapping().Converter;
            var modelType = property.ClrType;
            var providerType = converter?.ProviderClrType ?? modelType;
            var provider = Nullable.GetUnderlyingType(providerType) ?? providerType;
            Expression value = (key.Native ? Native(statement, ordinal, provider) : null) ?? Typed(reader, ordinal, provider);
            value = converter is null ? value : Convert(value, converter);
            if (value.Type != modelType)
            {
                value = Expression.Convert(value, modelType);
            }

            Expression isNull = key.Native
                ? Expression.Call(typeof(SqliteColumns), nameof(SqliteColumns.IsNull), null, statement, ordinal)
                : Expression.Call(reader, nameof(DbDataReader.IsDBNull), null, ordinal);
            Expression read = property.IsNullable || !modelType.IsValueType
                ? Expression.Condition(isNull, Expression.Default(modelType), value)
                : value;
            var member = property.PropertyInfo is { } info ? Expression.Property(row, info) : Expression.Field(row, property.FieldInfo!);
            return Expression.Lambda<Action<DbDataReader, IntPtr, int, T>>(Expression.Assign(member, read), reader, statement, ordinal, row).Compile();
        });

    /// <summary>The provider value at an ordinal read on an SQLite statement handle, or <c>null</c> for a type <see cref="SqliteColumns"/> does not read (then the reader's getter, on the same row).</summary>
    private static MethodCallExpression? Native(ParameterExpression statement, ParameterExpression ordinal, Type type)
    {
        var getter = type == typeof(string) ? nameof(SqliteColumns.String)
            : type == typeof(long) ? nameof(SqliteColumns.Int64)
            : type == typeof(int) ? nameof(SqliteColumns.Int32)
            : type == typeof(short) ? nameof(SqliteColumns.Int16)
            : type == typeof(bool) ? nameof(SqliteColumns.Boolean)
            : type == typeof(double) ? nameof(SqliteColumns.Double)
            : type == typeof(byte[]) ? nameof(SqliteColumns.Bytes)
            : null;
        return getter is null ? null : Expression.Call(typeof(SqliteColumns), getter, null, statement, ordinal);
    }

    /// <summary>The provider value at an ordinal: the reader's typed getter where it has one (no generic dispatch), else <c>GetFieldValue</c>.</summary>
    private static MethodCallExpression Typed(ParameterExpression reader, ParameterExpression ordinal, Type type)
    {
        var getter = type == typeof(string) ? nameof(DbDataReader.GetString)
            : type == typeof(long) ? nameof(DbDataReader.GetInt64)
            : type == typeof(int) ? nameof(DbDataReader.GetInt32)
            : type == typeof(short) ? nameof(DbDataReader.GetInt16)
            : type == typeof(bool) ? nameof(DbDataReader.GetBoolean)
            : null;
        return getter is null
            ? Expression.Call(reader, nameof(DbDataReader.GetFieldValue), [type], ordinal)
            : Expression.Call(reader, typeof(DbDataReader).GetMethod(getter, [typeof(int)])!, ordinal);
    }

    /// <summary>The model value of a provider value, by the converter's expression.</summary>
    private static InvocationExpression Convert(Expression provider, ValueConverter converter)
    {
        var from = converter.ConvertFromProviderExpression;
        var input = from.Parameters[0].Type;
        return Expression.Invoke(from, provider.Type == input ? provider : Expression.Convert(provider, input));
    }
}
