using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
{
    /// <summary>
    /// Nothing on SQLite (docs/adr/0019-identifiers-in-byte-order.md; <c>Migrations/ByteOrderKeysConversion.cs</c>): the
    /// model now names the byte-order collation (<c>BINARY</c>) on the registry's identifiers and codes, which is how
    /// SQLite compares every text column without a collation of its own, as all of these are. EF Core scaffolded a change
    /// of each column, which on SQLite makes every one of these tables again (its rows copied) only to write
    /// <c>COLLATE BINARY</c> into its definition (and, for the tables stored in their key, without their WITHOUT ROWID:
    /// migration NaturalKeys); left out. The target model (the designer file and the snapshot) has the
    /// collation, so no later migration asks for it again.
    /// </summary>
    public partial class ByteOrderKeys : Migration
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
