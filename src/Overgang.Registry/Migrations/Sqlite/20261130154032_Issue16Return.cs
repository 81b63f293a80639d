using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Issue16Return : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "DepartureDate",
                table: "return_commitment",
                type: "TEXT",
                maxLength: 10,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 10);

            migrationBuilder.AddColumn<string>(
                name: "EnrolledOn",
                table: "return_commitment",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Package",
                table: "return_commitment",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "return_commitment",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "return_course",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_return_course", x => x.Id);
                    table.ForeignKey(
                        name: "FK_return_course_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "return_departure",
                columns: table => new
                {
                    PersonId = table.Column<string>(type: "TEXT", nullable: false),
                    On = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_return_departure", x => x.PersonId);
                    table.ForeignKey(
                        name: "FK_return_departure_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "return_visit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<string>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_return_visit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_return_visit_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "return_withdrawal",
                columns: table => new
                {
                    PersonId = table.Column<string>(type: "TEXT", nullable: false),
                    On = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_return_withdrawal", x => x.PersonId);
                    table.ForeignKey(
                        name: "FK_return_withdrawal_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_return_course_PersonId_Kind_From",
                table: "return_course",
                columns: new[] { "PersonId", "Kind", "From" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_return_visit_PersonId_From",
                table: "return_visit",
                columns: new[] { "PersonId", "From" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "return_course");

            migrationBuilder.DropTable(
                name: "return_departure");

            migrationBuilder.DropTable(
                name: "return_visit");

            migrationBuilder.DropTable(
                name: "return_withdrawal");

            migrationBuilder.DropColumn(
                name: "EnrolledOn",
                table: "return_commitment");

            migrationBuilder.DropColumn(
                name: "Package",
                table: "return_commitment");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "return_commitment");

            migrationBuilder.AlterColumn<string>(
                name: "DepartureDate",
                table: "return_commitment",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 10,
                oldNullable: true);
        }
    }
}
