using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
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

            // EF Core rebuilds audit_entry without the text columns after the conversion's statements, which still read them.
            AuditTextsConversion.Up(migrationBuilder, "INTEGER");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            AuditTextsConversion.Down(migrationBuilder, "TEXT");
            migrationBuilder.DropTable(name: "audit_text");
        }
    }
}
