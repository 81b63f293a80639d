using System.Collections.Immutable;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Overgang.Registry.Storage;

/// <summary>
/// PostgreSQL, a bulk load into empty tables: their secondary indexes and foreign keys are dropped before the rows and
/// made again after them, from the definitions the database itself gives (<c>pg_get_indexdef</c>,
/// <c>pg_get_constraintdef</c>), all in the load's transaction. A COPY then only appends rows and their primary keys; one
/// sort per index and one join per foreign key afterwards replace maintaining the indexes and checking each row's
/// parents row by row (the foreign keys are checked in full when they are made, as a migration would).
/// </summary>
/// <remarks>
/// DDL is transactional in PostgreSQL: a load that fails or is cut off (a crash, a lost connection) rolls the drops back
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
    /// In <paramref name="context"/>'s current transaction on PostgreSQL: locks the tables of <paramref name="types"/>,
    /// and when <paramref name="empty"/> (asked after the lock) still holds, drops their secondary indexes and foreign
    /// keys and returns what makes them again; otherwise returns <c>null</c> (the normal path: indexes kept).
    /// </summary>
    public static IndexesAfterRows? Drop(RegistryContext context, IEnumerable<Type> types, Func<bool> empty)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(empty);
        var tables = types.Select(t => TableMap.Quote(context.Model.FindEntityType(t)!.GetTableName()!)).Distinct(StringComparer.Ordinal).ToArray();
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
