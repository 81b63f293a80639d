using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Issue16Monitor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "scorecard_entry",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Period = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Factor = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousScore = table.Column<int>(type: "INTEGER", nullable: true),
                    Justification = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scorecard_entry", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_scorecard_entry_Period_Domain_Factor_Indicator_Version",
                table: "scorecard_entry",
                columns: new[] { "Period", "Domain", "Factor", "Indicator", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "scorecard_entry");
        }
    }
}
