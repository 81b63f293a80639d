using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DatedRelations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Since",
                table: "person_parent",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Until",
                table: "person_parent",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PartnerSince",
                table: "person",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ended_partnership",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<string>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<string>(type: "TEXT", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: true),
                    To = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ended_partnership", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ended_partnership_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ended_partnership_PersonId_To",
                table: "ended_partnership",
                columns: new[] { "PersonId", "To" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ended_partnership");

            migrationBuilder.DropColumn(
                name: "Since",
                table: "person_parent");

            migrationBuilder.DropColumn(
                name: "Until",
                table: "person_parent");

            migrationBuilder.DropColumn(
                name: "PartnerSince",
                table: "person");
        }
    }
}
