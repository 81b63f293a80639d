using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
{
    /// <summary>
    /// A run's results without a foreign key to their run (docs/adr/0017-run-results-without-foreign-keys.md), and a
    /// decision's path and status as small numbers (<c>Storage.DecisionCodes</c>) with its parameter version kept once, on
    /// its run, where it is the run's (docs/adr/0010-stored-decisions.md). The stored rows are converted
    /// (<c>Migrations/RunRowsConversion.cs</c>): the same values read back.
    /// </summary>
    public partial class RunRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // task is a rowid table: EF Core rebuilds it without the key. decision and payment are rebuilt by hand.
            migrationBuilder.DropForeignKey(name: "FK_task_batch_run_RunId", table: "task");
            RunRowsConversion.SqliteUp(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RunRowsConversion.SqliteDown(migrationBuilder);
            migrationBuilder.AddForeignKey(
                name: "FK_task_batch_run_RunId",
                table: "task",
                column: "RunId",
                principalTable: "batch_run",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
