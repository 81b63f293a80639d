using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Issue14Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Bsn",
                table: "person",
                type: "TEXT",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FamilyNameKey",
                table: "person",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                collation: "BINARY");

            migrationBuilder.AddColumn<string>(
                name: "GivenNameKey",
                table: "person",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                collation: "BINARY");

            migrationBuilder.AddColumn<string>(
                name: "VNumber",
                table: "person",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_person_BirthDate",
                table: "person",
                column: "BirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_person_Bsn",
                table: "person",
                column: "Bsn",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_person_FamilyNameKey_GivenNameKey",
                table: "person",
                columns: new[] { "FamilyNameKey", "GivenNameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_person_GivenNameKey",
                table: "person",
                column: "GivenNameKey");

            migrationBuilder.CreateIndex(
                name: "IX_person_VNumber",
                table: "person",
                column: "VNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_person_BirthDate",
                table: "person");

            migrationBuilder.DropIndex(
                name: "IX_person_Bsn",
                table: "person");

            migrationBuilder.DropIndex(
                name: "IX_person_FamilyNameKey_GivenNameKey",
                table: "person");

            migrationBuilder.DropIndex(
                name: "IX_person_GivenNameKey",
                table: "person");

            migrationBuilder.DropIndex(
                name: "IX_person_VNumber",
                table: "person");

            migrationBuilder.DropColumn(
                name: "Bsn",
                table: "person");

            migrationBuilder.DropColumn(
                name: "FamilyNameKey",
                table: "person");

            migrationBuilder.DropColumn(
                name: "GivenNameKey",
                table: "person");

            migrationBuilder.DropColumn(
                name: "VNumber",
                table: "person");
        }
    }
}
