using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Overgang.Registry.Migrations;

/// <summary>
/// Migration <c>ByteOrderKeys</c> (docs/adr/0019-identifiers-in-byte-order.md): identifiers and codes that are keys,
/// references or indexed compare byte by byte. No value changes.
/// <list type="bullet">
/// <item>PostgreSQL: the column changes EF Core scaffolded, each only a collation, made one <c>ALTER TABLE</c> a table
/// (<see cref="OneStatementPerTable"/>). A change of collation alone writes no table again (the rows' bytes do not
/// depend on it); PostgreSQL makes again the indexes on the changed columns, each once however many of its columns change
/// in the statement (a statement a column made <c>person</c>'s index on municipality and id twice), and adds again the
/// foreign keys on them without checking their rows (the equality of the key's type is the same).</item>
/// <item>SQLite: nothing. Its text compares byte by byte (<c>BINARY</c>) unless a column says otherwise, and none of these
/// does; EF Core would have made every one of these tables again, copying its rows, to write <c>COLLATE BINARY</c> into
/// its definition.</item>
/// </list>
/// </summary>
internal static class ByteOrderKeysConversion
{
    /// <summary>
    /// Replaces the scaffolded <see cref="AlterColumnOperation"/>s of <paramref name="migrationBuilder"/> by one
    /// <c>ALTER TABLE</c> a table that sets the same collations (<c>"default"</c>, the database's, where the operation has none).
    /// </summary>
    /// <exception cref="InvalidOperationException">An operation changes more than the collation.</exception>
    public static void OneStatementPerTable(MigrationBuilder migrationBuilder)
    {
        var changes = migrationBuilder.Operations.OfType<AlterColumnOperation>().ToList();
        foreach (var change in changes)
        {
            var old = change.OldColumn;
            if (change.ColumnType != old.ColumnType || change.IsNullable != old.IsNullable || change.MaxLength != old.MaxLength
                || change.DefaultValue is not null || change.DefaultValueSql is not null || change.ComputedColumnSql is not null
                || change.Collation == old.Collation)
            {
                throw new InvalidOperationException($"{change.Table}.{change.Name}: only a change of collation is written as one statement a table");
            }

            migrationBuilder.Operations.Remove(change);
        }

        foreach (var table in changes.GroupBy(c => c.Table))
        {
            var columns = table.Select(c => $"ALTER COLUMN \"{c.Name}\" TYPE {c.ColumnType} COLLATE \"{c.Collation ?? "default"}\"");
            migrationBuilder.Sql($"ALTER TABLE \"{table.Key}\" {string.Join(", ", columns)};");
        }
    }
}
