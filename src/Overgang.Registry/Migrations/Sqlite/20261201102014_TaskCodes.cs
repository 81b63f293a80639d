using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
{
    /// <summary>
    /// A task's kind, owner and status as small numbers (<c>Storage.TaskCodes</c>) instead of their names, in the row and in
    /// both of its indexes (docs/adr/0010-stored-decisions.md). The stored names are converted; a name without a number
    /// stops the migration (the column is not null).
    /// </summary>
    public partial class TaskCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (column, _) in Columns)
            {
                migrationBuilder.AlterColumn<short>(name: column, table: "task", type: "INTEGER", nullable: false, oldClrType: typeof(string), oldType: "TEXT");
            }

            // EF Core rebuilds the table after these statements: here the TEXT column takes the number as text ('1'), which the
            // rebuild's copy into the INTEGER column makes a number.
            foreach (var (column, names) in Columns)
            {
                var cases = string.Concat(names.Select((name, code) => $" WHEN '{name}' THEN {code}"));
                migrationBuilder.Sql($"""UPDATE task SET "{column}" = CASE "{column}"{cases} END WHERE typeof("{column}") = 'text';""");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (column, _) in Columns)
            {
                migrationBuilder.AlterColumn<string>(name: column, table: "task", type: "TEXT", nullable: false, oldClrType: typeof(short), oldType: "INTEGER");
            }

            // Before EF Core's rebuild into TEXT columns: the INTEGER columns keep the names as text.
            foreach (var (column, names) in Columns)
            {
                var cases = string.Concat(names.Select((name, code) => $" WHEN {code} THEN '{name}'"));
                migrationBuilder.Sql($"""UPDATE task SET "{column}" = CASE "{column}"{cases} END WHERE typeof("{column}") = 'integer';""");
            }
        }

        private static (string Column, ImmutableArray<string> Names)[] Columns =>
            [("Kind", Storage.TaskCodes.Kinds), ("Owner", Storage.TaskCodes.Owners), ("Status", Storage.TaskCodes.Statuses)];
    }
}
