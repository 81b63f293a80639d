using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Postgres
{
    /// <summary>
    /// Fuller pages on PostgreSQL (docs/adr/0018-full-pages-on-postgresql.md): <c>audit_entry</c> made again in its present
    /// shape (<c>Migrations/FullPagesConversion.cs</c>), and the indexes that only ever grow at their end filled to 100 %.
    /// No column or value changes; SQLite's migration of the same name is empty.
    /// </summary>
    public partial class FullPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            FullPagesConversion.PostgresUp(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            FullPagesConversion.PostgresDown(migrationBuilder);
        }
    }
}
