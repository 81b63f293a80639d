using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Postgres
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
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "task",
                type: "character varying(48)",
                maxLength: 48,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Explanation",
                table: "payment",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<byte[]>(
                name: "Stored",
                table: "payment",
                type: "bytea",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Explanation",
                table: "decision",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<byte[]>(
                name: "Stored",
                table: "decision",
                type: "bytea",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "explanation_texts",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false)
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
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Explanation",
                table: "payment",
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Explanation",
                table: "decision",
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "audit_entry",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("""UPDATE "audit_entry" a SET "PreviousHash" = COALESCE((SELECT p."Hash" FROM "audit_entry" p WHERE p."Sequence" = a."Sequence" - 1), '0000000000000000000000000000000000000000000000000000000000000000');""");
        }
    }
}
