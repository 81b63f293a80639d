using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RunFingerprint : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Fingerprint",
                table: "batch_run",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "batch_run",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Runs stored before: numbered per kind in the order they were started.
            migrationBuilder.Sql("UPDATE batch_run SET \"Number\" = (SELECT COUNT(*) FROM batch_run AS earlier WHERE earlier.\"Kind\" = batch_run.\"Kind\" AND earlier.\"Id\" <= batch_run.\"Id\")");

            migrationBuilder.CreateTable(
                name: "registry_revision",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_revision", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "registry_revision",
                columns: new[] { "Id", "Value" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_batch_run_Kind_Number",
                table: "batch_run",
                columns: new[] { "Kind", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registry_revision");

            migrationBuilder.DropIndex(
                name: "IX_batch_run_Kind_Number",
                table: "batch_run");

            migrationBuilder.DropColumn(
                name: "Fingerprint",
                table: "batch_run");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "batch_run");
        }
    }
}
