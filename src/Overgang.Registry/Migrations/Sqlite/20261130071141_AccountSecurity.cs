using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccountSecurity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Disabled",
                table: "account",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "FailedSignIns",
                table: "account",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "LockedUntil",
                table: "account",
                type: "TEXT",
                maxLength: 28,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SecurityStamp",
                table: "account",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            // Existing accounts get a random stamp of their own, not the shared empty default.
            migrationBuilder.Sql("""UPDATE account SET "SecurityStamp" = lower(hex(randomblob(16)));""");

            migrationBuilder.CreateTable(
                name: "data_protection_key",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_key", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_protection_key");

            migrationBuilder.DropColumn(
                name: "Disabled",
                table: "account");

            migrationBuilder.DropColumn(
                name: "FailedSignIns",
                table: "account");

            migrationBuilder.DropColumn(
                name: "LockedUntil",
                table: "account");

            migrationBuilder.DropColumn(
                name: "SecurityStamp",
                table: "account");
        }
    }
}
