using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportedChangesAndContacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "municipality_contact",
                columns: table => new
                {
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    OpeningHours = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ChangedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_municipality_contact", x => x.MunicipalityCode);
                    table.ForeignKey(
                        name: "FK_municipality_contact_municipality_MunicipalityCode",
                        column: x => x.MunicipalityCode,
                        principalTable: "municipality",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reported_change",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HouseholdId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ReportedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reported_change", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reported_change_municipality_MunicipalityCode",
                        column: x => x.MunicipalityCode,
                        principalTable: "municipality",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_reported_change_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reported_change_HouseholdId",
                table: "reported_change",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_reported_change_MunicipalityCode_Status",
                table: "reported_change",
                columns: new[] { "MunicipalityCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_reported_change_PersonId",
                table: "reported_change",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "municipality_contact");

            migrationBuilder.DropTable(
                name: "reported_change");
        }
    }
}
