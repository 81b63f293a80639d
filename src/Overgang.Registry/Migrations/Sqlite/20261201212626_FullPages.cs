using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
{
    /// <summary>
    /// Nothing on SQLite: the PostgreSQL migration of the same name packs that database's pages
    /// (docs/adr/0018-full-pages-on-postgresql.md); SQLite has no dropped columns in its rows and no index fill factor.
    /// </summary>
    public partial class FullPages : Migration
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
