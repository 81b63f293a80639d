using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Overgang.Registry.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Accounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "account",
                columns: table => new
                {
                    UserName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    DisplayName = table.Column<string>(type: "text", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(8)", nullable: true),
                    PersonId = table.Column<string>(type: "character varying(40)", nullable: true),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_account", x => x.UserName);
                    table.ForeignKey(
                        name: "FK_account_municipality_MunicipalityCode",
                        column: x => x.MunicipalityCode,
                        principalTable: "municipality",
                        principalColumn: "Code");
                    table.ForeignKey(
                        name: "FK_account_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_account_MunicipalityCode",
                table: "account",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_account_PersonId",
                table: "account",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "account");
        }
    }
}
