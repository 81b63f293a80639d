using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Overgang.Registry.Migrations.Postgres
{
    /// <summary>
    /// An audit entry's actor, action and reason stored once in <c>audit_text</c> and referred to by number (docs/audit.md,
    /// docs/adr/0010-stored-decisions.md). The stored entries are converted: they read back, and verify, as before.
    /// </summary>
    public partial class AuditTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_text",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_text", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_text_Text",
                table: "audit_text",
                column: "Text",
                unique: true);

            AuditTextsConversion.Up(migrationBuilder, "integer");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            AuditTextsConversion.Down(migrationBuilder, "text");
            migrationBuilder.DropTable(name: "audit_text");
        }
    }
}
