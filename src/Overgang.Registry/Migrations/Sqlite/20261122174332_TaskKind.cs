using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TaskKind : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "task",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Kind",
                table: "task");
        }
    }
}
