using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Postgres
{
    /// <summary>
    /// PostgreSQL: audit hashes as their 32 bytes (bytea) and no index on a task's person and status alone
    /// (docs/adr/0010-stored-decisions.md); instants stay <c>timestamptz</c>. The stored hashes are converted.
    /// </summary>
    public partial class CompactStorage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_task_PersonId_Status",
                table: "task");

            // AlterColumn without a USING clause cannot cast text to bytea: the 64 hex characters are decoded to their bytes.
            migrationBuilder.Sql("""ALTER TABLE audit_entry ALTER COLUMN "Hash" TYPE bytea USING decode("Hash", 'hex');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE audit_entry ALTER COLUMN "Hash" TYPE character varying(64) USING encode("Hash", 'hex');""");

            migrationBuilder.CreateIndex(
                name: "IX_task_PersonId_Status",
                table: "task",
                columns: new[] { "PersonId", "Status" });
        }
    }
}
