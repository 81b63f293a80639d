using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
{
    /// <summary>
    /// A batch run's audit data stored once in <c>audit_text</c> and referred to by number, as its actor, action and reason
    /// are (docs/audit.md, docs/adr/0010-stored-decisions.md). The stored entries are converted: they read back, and
    /// verify, as before.
    /// </summary>
    public partial class AuditData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            AuditDataConversion.Up(migrationBuilder, "INTEGER");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            AuditDataConversion.Down(migrationBuilder);
        }
    }
}
