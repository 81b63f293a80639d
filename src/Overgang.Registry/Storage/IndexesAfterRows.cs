using System.Collections.Immutable;
using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Overgang.Registry.Storage;

/// <summary>
/// PostgreSQL, a bulk load into empty tables: their secondary indexes and foreign keys are dropped before the rows and
/// made again after them, from the definitions the database itself gives (<c>pg_get_indexdef</c>,
/// <c>pg_get_constraintdef</c>), all in the load's transaction. A COPY then only appends rows and their primary keys; one
/// sort per index and one join per foreign key afterwards replace maintaining the indexes and checking each row's
/// parents row by row (the foreign keys are checked in full when they are made, as a migration would). SQLite the same
/// way for its indexes (<c>sqlite_master</c>; its foreign keys stay, see <see cref="Drop"/>).
/// </summary>
/// <remarks>
/// DDL is transactional in PostgreSQL and SQLite: a load that fails or is cut off (a crash, a lost connection) rolls the drops back
/// with the rows, and the registry is as it was, empty with every index. Dropping takes an exclusive lock on the tables
/// until the load commits: readers of them wait for the load (they would have seen no rows before it commits anyway).
/// Indexes that a constraint owns (primary keys, unique constraints) or that any foreign key depends on stay: the load
/// keeps its primary keys checked as it goes.
/// </remarks>
internal sealed class IndexesAfterRows
{
    private readonly RegistryContext _context;
    private readonly ImmutableArray<string> _create;

    private IndexesAfterRows(RegistryContext context, ImmutableArray<string> create, int indexes)
    {
        _context = context;
        _create = create;
        Indexes = indexes;
    }

    /// <summary>The secondary indexes made after the rows.</summary>
    public int Indexes { get; }

    /// <summary>The foreign keys made (and checked) after the rows.</summary>
    public int ForeignKeys => _create.Length - Indexes;

    /// <summary>
    /// In <paramref name="context"/>'s current transaction: locks the tables of <paramref name="types"/> (on SQLite the
    /// transaction holds the file's write lock already), and when <paramref name="empty"/> (asked after the lock) still
    /// holds, drops their secondary indexes and (PostgreSQL) foreign keys and returns what makes them again; otherwise
    /// returns <c>null</c> (the normal path: indexes kept).
    /// </summary>
    /// <remarks>
    /// SQLite: its foreign keys are part of the tables' definitions and stay (each row's check is a lookup of the parent's
    /// primary key); its indexes (those with a definition in <c>sqlite_master</c>: not the ones of a primary key or unique
    /// constraint) are dropped and made again from that definition, in the load's transaction, like PostgreSQL's.
    /// </remarks>
    public static IndexesAfterRows? Drop(RegistryContext context, IEnumerable<Type> types, Func<bool> empty)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(empty);
        var names = types.Select(t => context.Model.FindEntityType(t)!.GetTableName()!).Distinct(StringComparer.Ordinal).ToArray();
        if (context.Database.GetDbConnection() is SqliteConnection)
        {
            return DropSqlite(context, names, empty);
        }

        var tables = names.Select(TableMap.Quote).ToArray();
#pragma warning disable EF1002 // table names come from the EF model, not from input
        context.Database.ExecuteSqlRaw($"LOCK TABLE {string.Join(", ", tables)} IN ACCESS EXCLUSIVE MODE");
#pragma warning restore EF1002
        if (!empty())
        {
            return null;
        }

        // Foreign keys first (kind 'f'), then the indexes: made again in the reverse order, the indexes before the keys.
        var statements = new List<(string Drop, string Create, char Kind)>();
        using (var command = Command(context, """
            SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname),
                   format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)), 'f'
            FROM pg_constraint c
            WHERE c.contype = 'f' AND c.conrelid = ANY(@tables::text[]::regclass[])
            UNION ALL
            SELECT format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid), 'i'
            FROM pg_index i
            WHERE i.indrelid = ANY(@tables::text[]::regclass[])
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            ORDER BY 3, 1
            """))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "tables";
            parameter.Value = tables;
            command.Parameters.Add(parameter);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                statements.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)[0]));
            }
        }

        foreach (var (drop, _, _) in statements)
        {
            Execute(context, drop);
        }

        statements.Reverse();
        return new IndexesAfterRows(context, [.. statements.Select(s => s.Create)], statements.Count(s => s.Kind == 'i'));
    }

    private static IndexesAfterRows? DropSqlite(RegistryContext context, string[] tables, Func<bool> empty)
    {
        if (!empty())
        {
            return null;
        }

        var indexes = new List<(string Name, string Create)>();
        using (var command = Command(context, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (SELECT value FROM json_each(@tables)) ORDER BY name"))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@tables";
            parameter.Value = JsonSerializer.Serialize(tables);
            command.Parameters.Add(parameter);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            Execute(context, "DROP INDEX " + TableMap.Quote(name));
        }

        return new IndexesAfterRows(context, [.. indexes.Select(i => i.Create)], indexes.Count);
    }

    /// <summary>Makes the dropped indexes, then the foreign keys (each checked against every row), in the load's transaction.</summary>
    public void Create()
    {
        foreach (var statement in _create)
        {
            Execute(_context, statement);
        }
    }

    private static void Execute(RegistryContext context, string sql)
    {
        using var command = Command(context, sql);
        command.ExecuteNonQuery();
    }

    private static DbCommand Command(RegistryContext context, string sql)
    {
        var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("indexes after rows only inside the load's transaction");
        command.CommandText = sql;
        // An index build or a key check over tens of millions of rows takes longer than the default command timeout.
        command.CommandTimeout = 0;
        return command;
    }
}
