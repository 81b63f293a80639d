using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Overgang.Registry.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TransitionFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<LocalDate>(
                name: "AsylumWithdrawnOn",
                table: "person",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ObjectionPending",
                table: "person",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AsylumWithdrawnOn",
                table: "person");

            migrationBuilder.DropColumn(
                name: "ObjectionPending",
                table: "person");
        }
    }
}
