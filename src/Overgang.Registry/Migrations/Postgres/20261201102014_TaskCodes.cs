using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Postgres
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
            foreach (var (column, names) in Columns)
            {
                // Kind had a default of '' (migration TaskKind), which cannot become a number; the model has none.
                migrationBuilder.Sql($"""ALTER TABLE task ALTER COLUMN "{column}" DROP DEFAULT, ALTER COLUMN "{column}" TYPE smallint USING (array_position({Array(names)}, "{column}") - 1)::smallint;""");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (column, names) in Columns)
            {
                migrationBuilder.Sql($"""ALTER TABLE task ALTER COLUMN "{column}" TYPE text USING ({Array(names)})["{column}" + 1];""");
            }

            migrationBuilder.Sql("""ALTER TABLE task ALTER COLUMN "Kind" SET DEFAULT '';""");
        }

        private static (string Column, ImmutableArray<string> Names)[] Columns =>
            [("Kind", Storage.TaskCodes.Kinds), ("Owner", Storage.TaskCodes.Owners), ("Status", Storage.TaskCodes.Statuses)];

        private static string Array(ImmutableArray<string> names) => "ARRAY[" + string.Join(", ", names.Select(n => $"'{n}'")) + "]";
    }
}
