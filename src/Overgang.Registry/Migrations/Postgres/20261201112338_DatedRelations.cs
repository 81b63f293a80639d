using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Overgang.Registry.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DatedRelations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<LocalDate>(
                name: "Since",
                table: "person_parent",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<LocalDate>(
                name: "Until",
                table: "person_parent",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<LocalDate>(
                name: "PartnerSince",
                table: "person",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ended_partnership",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<string>(type: "character varying(40)", nullable: false),
                    PartnerId = table.Column<string>(type: "text", nullable: false),
                    From = table.Column<LocalDate>(type: "date", nullable: true),
                    To = table.Column<LocalDate>(type: "date", nullable: false)
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
