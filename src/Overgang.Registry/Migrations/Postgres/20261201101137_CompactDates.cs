using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Postgres
{
    /// <summary>PostgreSQL: nothing; it stores a date as <c>date</c> (4 bytes) already. SQLite's dates became integers here.</summary>
    public partial class CompactDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
