using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Postgres
{
    /// <summary>
    /// A responsible adult recorded again after the relation ended (docs/adr/0014-dated-relations.md): <c>person_parent</c>
    /// keyed by the pair and its period number, every stored row period 0 (the key changed in place, the rows kept).
    /// </summary>
    public partial class RelationPeriods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_person_parent",
                table: "person_parent");

            migrationBuilder.AddColumn<int>(
                name: "Period",
                table: "person_parent",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddPrimaryKey(
                name: "PK_person_parent",
                table: "person_parent",
                columns: new[] { "PersonId", "ParentId", "Period" });
        }

        /// <summary>Back to one row per pair: a pair's later periods are dropped, its first one (period 0) kept.</summary>
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM \"person_parent\" WHERE \"Period\" <> 0;");

            migrationBuilder.DropPrimaryKey(
                name: "PK_person_parent",
                table: "person_parent");

            migrationBuilder.DropColumn(
                name: "Period",
                table: "person_parent");

            migrationBuilder.AddPrimaryKey(
                name: "PK_person_parent",
                table: "person_parent",
                columns: new[] { "PersonId", "ParentId" });
        }
    }
}
