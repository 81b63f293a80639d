using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StoredDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "audit_entry");

            migrationBuilder.AlterColumn<string>(
                name: "Text",
                table: "task",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "task",
                type: "TEXT",
                maxLength: 48,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Explanation",
                table: "payment",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AddColumn<byte[]>(
                name: "Stored",
                table: "payment",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Explanation",
                table: "decision",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AddColumn<byte[]>(
                name: "Stored",
                table: "decision",
                type: "BLOB",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "explanation_texts",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_explanation_texts", x => x.Key);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "explanation_texts");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "task");

            migrationBuilder.DropColumn(
                name: "Stored",
                table: "payment");

            migrationBuilder.DropColumn(
                name: "Stored",
                table: "decision");

            migrationBuilder.AlterColumn<string>(
                name: "Text",
                table: "task",
                type: "TEXT",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Explanation",
                table: "payment",
                type: "TEXT",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Explanation",
                table: "decision",
                type: "TEXT",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "audit_entry",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("""UPDATE "audit_entry" SET "PreviousHash" = COALESCE((SELECT p."Hash" FROM "audit_entry" p WHERE p."Sequence" = "audit_entry"."Sequence" - 1), '0000000000000000000000000000000000000000000000000000000000000000');""");
        }
    }
}
