using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NpgsqlTypes;

namespace Overgang.Registry.Storage;

/// <summary>
/// The table, columns and statements of one entity type for <see cref="BulkWriter"/>, built once per EF model and type:
/// for every column a compiled accessor that reads the property, applies the model's value converter (so the stored value
/// is the one EF would store) and hands the provider value, unboxed, to the SQLite binder or the PostgreSQL COPY writer.
/// </summary>
internal sealed class TableMap
{
    private static readonly ConcurrentDictionary<(IModel Model, Type Type, bool Postgres), TableMap> _maps = new();

    private TableMap(IEntityType entity, bool postgres)
    {
        Table = Quote(entity.GetTableName()!);
        var inserted = entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd)).ToArray();
        Inserted = [.. inserted.Select(p => new Column(p, postgres))];
        var set = entity.GetProperties().Where(p => !p.IsPrimaryKey()).ToArray();
        var key = entity.FindPrimaryKey()!.Properties;
        var token = entity.GetProperties().FirstOrDefault(p => p.IsConcurrencyToken);
        Updated = [.. set.Concat(key).Select(p => new Column(p, postgres))];
        Token = token is null ? null : new Column(token, postgres);
        var names = Inserted.Select(c => c.Name).ToArray();
        InsertColumns = string.Join(", ", names);
        InsertSql = $"INSERT INTO {Table} ({InsertColumns}) VALUES ({string.Join(", ", names.Select((_, i) => Placeholder(i, postgres)))})";
        CopySql = $"COPY {Table} ({InsertColumns}) FROM STDIN (FORMAT BINARY)";
        Encoded = postgres && Inserted.All(c => c.HasEncoder);
        var where = key.Select(p => Quote(p.GetColumnName())).ToList();
        if (token is not null)
        {
            where.Add(Quote(token.GetColumnName()));
        }

        var assignments = set.Select((p, i) => $"{Quote(p.GetColumnName())} = {Placeholder(i, postgres)}");
        var conditions = where.Select((column, i) => $"{column} = {Placeholder(set.Length + i, postgres)}");
        UpdateSql = $"UPDATE {Table} SET {string.Join(", ", assignments)} WHERE {string.Join(" AND ", conditions)}";
    }

    /// <summary>The quoted table name.</summary>
    public string Table { get; }

    /// <summary>The columns of an insert: every property but a key the database generates.</summary>
    public Column[] Inserted { get; }

    /// <summary>The columns of an update, as bound: every non-key property, then the key.</summary>
    public Column[] Updated { get; }

    /// <summary>The concurrency token, compared with the version the row was read at, or <c>null</c>.</summary>
    public Column? Token { get; }

    /// <summary>The quoted inserted column names, comma separated.</summary>
    public string InsertColumns { get; }

    /// <summary>A one-row insert with positional parameters.</summary>
    public string InsertSql { get; }

    /// <summary>An update of every column by key (and the concurrency token, if any), with positional parameters.</summary>
    public string UpdateSql { get; }

    /// <summary>The binary COPY of the inserted columns (PostgreSQL).</summary>
    public string CopySql { get; }

    /// <summary>Whether every inserted column has an encoder of its own (<see cref="Column.Encode"/>), so the rows go through <see cref="BinaryCopy"/>.</summary>
    public bool Encoded { get; }

    /// <summary>The map of <paramref name="type"/> in <paramref name="model"/>, built on first use.</summary>
    public static TableMap For(IModel model, Type type, bool postgres) =>
        _maps.GetOrAdd((model, type, postgres), k => new TableMap(
            k.Model.FindEntityType(k.Type) ?? throw new ArgumentException($"{k.Type.Name} is not in the registry model", nameof(type)),
            k.Postgres));

    private static string Placeholder(int index, bool postgres) => (postgres ? "$" : "?") + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// One column: its name, and compiled accessors that write the provider value of a row's property. Each accessor is
    /// compiled on its first use: a map has one column object for an insert and one for an update per property, each
    /// with two accessors on SQLite and three on PostgreSQL, of which an insert uses one (<see cref="Bind"/> on SQLite,
    /// <see cref="Encode"/> on PostgreSQL); compiling them all when the map was made was most of the compiling a batch
    /// command did for its tables (bench/README.md, "The batch commands' fixed cost (issue 13, stop 35)"). Two threads
    /// that ask at once may both compile; either delegate does the same.
    /// </summary>
    internal sealed class Column
    {
        private readonly ParameterExpression _row = Expression.Parameter(typeof(object), "row");
        private readonly Expression _value;
        private readonly bool _postgres;
        private readonly string _columnType;
        private readonly MethodInfo? _encoder;
        private Func<object, object?>? _boxed;
        private Action<object, SqliteStatement, int>? _bind;
        private Action<object, Npgsql.NpgsqlBinaryImporter>? _copy;
        private Action<object, BinaryCopy>? _encode;

        public Column(IProperty property, bool postgres)
        {
            Name = Quote(property.GetColumnName());
            _postgres = postgres;
            _columnType = postgres ? property.GetColumnType() : "";
            var member = property.PropertyInfo is { } info
                ? Expression.Property(Expression.Convert(_row, property.DeclaringType.ClrType), info)
                : (Expression)Expression.Field(Expression.Convert(_row, property.DeclaringType.ClrType), property.FieldInfo!);
            _value = Provider(member, property.GetTypeMapping().Converter);
            _encoder = postgres ? Encoder(_value.Type) : null;
        }

        /// <summary>The quoted column name.</summary>
        public string Name { get; }

        /// <summary>The provider value, boxed (<c>null</c> for a missing value), for commands with parameters.</summary>
        public Func<object, object?> Boxed => _boxed ??= Expression.Lambda<Func<object, object?>>(Expression.Convert(_value, typeof(object)), _row).Compile();

        /// <summary>Binds the row's value to a parameter of an SQLite statement, by index (SQLite only).</summary>
        public Action<object, SqliteStatement, int> Bind => _bind ??= CompileBind();

        /// <summary>Writes the row's value into a binary COPY (PostgreSQL only).</summary>
        public Action<object, Npgsql.NpgsqlBinaryImporter> Copy => _copy ??= CompileCopy();

        /// <summary>Whether the column's provider type has an encoder in <see cref="BinaryCopy"/> (PostgreSQL only).</summary>
        public bool HasEncoder => _encoder is not null;

        /// <summary>
        /// Encodes the row's value into a binary COPY of our own (<see cref="BinaryCopy"/>; PostgreSQL only), or <c>null</c>
        /// for a provider type it does not write (the table is then copied through Npgsql's importer, <see cref="Copy"/>).
        /// </summary>
        public Action<object, BinaryCopy>? Encode => _encoder is null ? null : _encode ??= CompileEncode(_encoder);

        private Action<object, SqliteStatement, int> CompileBind()
        {
            if (_postgres)
            {
                return (_, _, _) => throw new InvalidOperationException("not an SQLite column");
            }

            var statement = Expression.Parameter(typeof(SqliteStatement), "statement");
            var index = Expression.Parameter(typeof(int), "index");
            var bind = typeof(SqliteStatement).GetMethod(nameof(SqliteStatement.Bind), [typeof(int), _value.Type]);
            Expression call = bind is not null
                ? Expression.Call(statement, bind, index, _value)
                : Expression.Call(statement, typeof(SqliteStatement).GetMethod(nameof(SqliteStatement.BindObject))!, index, Expression.Convert(_value, typeof(object)));
            return Expression.Lambda<Action<object, SqliteStatement, int>>(call, _row, statement, index).Compile();
        }

        private Action<object, Npgsql.NpgsqlBinaryImporter> CompileCopy()
        {
            if (!_postgres)
            {
                return (_, _) => throw new InvalidOperationException("not a PostgreSQL column");
            }

            var dbType = _columnType.StartsWith("character varying", StringComparison.Ordinal) ? NpgsqlDbType.Varchar
                : _columnType.StartsWith("character", StringComparison.Ordinal) ? NpgsqlDbType.Char
                : NpgsqlDbType.Text;
            var importer = Expression.Parameter(typeof(Npgsql.NpgsqlBinaryImporter), "importer");
            var write = typeof(CopyValues).GetMethod(nameof(CopyValues.Write), [typeof(Npgsql.NpgsqlBinaryImporter), _value.Type, typeof(NpgsqlDbType)]);
            Expression call = write is not null
                ? Expression.Call(write, importer, _value, Expression.Constant(dbType))
                : Expression.Call(typeof(CopyValues).GetMethod(nameof(CopyValues.WriteObject))!, importer, Expression.Convert(_value, typeof(object)), Expression.Constant(_columnType));
            return Expression.Lambda<Action<object, Npgsql.NpgsqlBinaryImporter>>(call, _row, importer).Compile();
        }

        private Action<object, BinaryCopy> CompileEncode(MethodInfo write)
        {
            var copy = Expression.Parameter(typeof(BinaryCopy), "copy");
            return Expression.Lambda<Action<object, BinaryCopy>>(Encoded(copy, _value, write), _row, copy).Compile();
        }

        /// <summary>The <see cref="BinaryCopy"/> overload for a provider type (of its underlying type if nullable), or <c>null</c> when there is none.</summary>
        private static MethodInfo? Encoder(Type type) =>
            typeof(BinaryCopy).GetMethod(nameof(BinaryCopy.Write), [Nullable.GetUnderlyingType(type) ?? type]);

        /// <summary>Writes <paramref name="value"/> with <paramref name="write"/>, a missing nullable value as null.</summary>
        private static Expression Encoded(ParameterExpression copy, Expression value, MethodInfo write)
        {
            if (Nullable.GetUnderlyingType(value.Type) is null)
            {
                return Expression.Call(copy, write, value);
            }

            var local = Expression.Variable(value.Type, "value");
            return Expression.Block(
                [local],
                Expression.Assign(local, value),
                Expression.IfThenElse(
                    Expression.Property(local, "HasValue"),
                    Expression.Call(copy, write, Expression.Property(local, "Value")),
                    Expression.Call(copy, typeof(BinaryCopy).GetMethod(nameof(BinaryCopy.WriteNull))!)));
        }

        /// <summary>The provider value of <paramref name="member"/>: converted as the EF model says, <c>null</c> staying <c>null</c>.</summary>
        private static Expression Provider(Expression member, ValueConverter? converter)
        {
            if (converter is null)
            {
                return member;
            }

            var convert = converter.ConvertToProviderExpression;
            var providerType = converter.ProviderClrType;
            var underlying = Nullable.GetUnderlyingType(member.Type);
            if (underlying is not null)
            {
                var nullableProvider = providerType.IsValueType ? typeof(Nullable<>).MakeGenericType(providerType) : providerType;
                return Expression.Condition(
                    Expression.Property(member, "HasValue"),
                    Expression.Convert(Expression.Invoke(convert, Expression.Property(member, "Value")), nullableProvider),
                    Expression.Default(nullableProvider));
            }

            if (!member.Type.IsValueType)
            {
                return Expression.Condition(Expression.Equal(member, Expression.Constant(null, member.Type)), Expression.Default(providerType), Expression.Invoke(convert, member));
            }

            return Expression.Invoke(convert, member);
        }
    }

    /// <summary>Typed writes into a binary COPY: no boxing for the column types the registry uses.</summary>
    internal static class CopyValues
    {
        public static void Write(Npgsql.NpgsqlBinaryImporter importer, string? value, NpgsqlDbType text)
        {
            if (value is null)
            {
                importer.WriteNull();
            }
            else
            {
                importer.Write(value, text);
            }
        }

        public static void Write(Npgsql.NpgsqlBinaryImporter importer, long value, NpgsqlDbType _) => importer.Write(value, NpgsqlDbType.Bigint);

        public static void Write(Npgsql.NpgsqlBinaryImporter importer, long? value, NpgsqlDbType _)
        {
            if (value is { } v)
            {
                importer.Write(v, NpgsqlDbType.Bigint);
            }
            else
            {
                importer.WriteNull();
            }
        }

        public static void Write(Npgsql.NpgsqlBinaryImporter importer, short value, NpgsqlDbType _) => importer.Write(value, NpgsqlDbType.Smallint);

        public static void Write(Npgsql.NpgsqlBinaryImporter importer, int value, NpgsqlDbType _) => importer.Write(value, NpgsqlDbType.Integer);

        public static void Write(Npgsql.NpgsqlBinaryImporter importer, int? value, NpgsqlDbType _)
        {
            if (value is { } v)
            {
                importer.Write(v, NpgsqlDbType.Integer);
            }
            else
            {
                importer.WriteNull();
            }
        }

        public static void Write(Npgsql.NpgsqlBinaryImporter importer, bool value, NpgsqlDbType _) => importer.Write(value, NpgsqlDbType.Boolean);

        public static void Write(Npgsql.NpgsqlBinaryImporter importer, bool? value, NpgsqlDbType _)
        {
            if (value is { } v)
            {
                importer.Write(v, NpgsqlDbType.Boolean);
            }
            else
            {
                importer.WriteNull();
            }
        }

        /// <summary>A date as <see cref="DateOnly"/>: <c>date</c> with or without Npgsql's NodaTime plugin.</summary>
        public static void Write(Npgsql.NpgsqlBinaryImporter importer, LocalDate value, NpgsqlDbType _) => importer.Write(value.ToDateOnly(), NpgsqlDbType.Date);

        public static void Write(Npgsql.NpgsqlBinaryImporter importer, LocalDate? value, NpgsqlDbType _)
        {
            if (value is { } v)
            {
                importer.Write(v.ToDateOnly(), NpgsqlDbType.Date);
            }
            else
            {
                importer.WriteNull();
            }
        }

        /// <summary>An instant as a UTC <see cref="DateTime"/>: <c>timestamptz</c> with or without the NodaTime plugin.</summary>
        public static void Write(Npgsql.NpgsqlBinaryImporter importer, Instant value, NpgsqlDbType _) => importer.Write(value.ToDateTimeUtc(), NpgsqlDbType.TimestampTz);

        public static void Write(Npgsql.NpgsqlBinaryImporter importer, Instant? value, NpgsqlDbType _)
        {
            if (value is { } v)
            {
                importer.Write(v.ToDateTimeUtc(), NpgsqlDbType.TimestampTz);
            }
            else
            {
                importer.WriteNull();
            }
        }

        /// <summary>Any other type, boxed, by the column's store type.</summary>
        public static void WriteObject(Npgsql.NpgsqlBinaryImporter importer, object? value, string columnType)
        {
            if (value is null)
            {
                importer.WriteNull();
            }
            else
            {
                importer.Write(value, columnType);
            }
        }
    }
}
