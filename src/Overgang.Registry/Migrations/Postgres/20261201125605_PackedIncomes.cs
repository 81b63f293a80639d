using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Overgang.Registry.Migrations.Postgres
{
    /// <summary>
    /// A person's incomes in one row, the months packed (<c>Storage.IncomePacking</c>), instead of one row a person and month
    /// (docs/adr/0010-stored-decisions.md); the stored rows are converted.
    /// </summary>
    public partial class PackedIncomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "person_income",
                columns: table => new
                {
                    PersonId = table.Column<string>(type: "character varying(40)", nullable: false),
                    Months = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_income", x => x.PersonId);
                    table.ForeignKey(
                        name: "FK_person_income_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.Sql(Storage.IncomePacking.Sql(postgres: true));
            migrationBuilder.DropTable(
                name: "monthly_income");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "person_income");

            migrationBuilder.CreateTable(
                name: "monthly_income",
                columns: table => new
                {
                    PersonId = table.Column<string>(type: "character varying(40)", nullable: false),
                    Month = table.Column<LocalDate>(type: "date", nullable: false),
                    AmountCents = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monthly_income", x => new { x.PersonId, x.Month });
                    table.ForeignKey(
                        name: "FK_monthly_income_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }
    }
}
