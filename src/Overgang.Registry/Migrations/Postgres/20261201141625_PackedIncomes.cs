using Microsoft.EntityFrameworkCore.Migrations;

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

        /// <summary>
        /// Not supported: the packed months are not unpacked in SQL. A registry is taken back to before this migration from
        /// its backup; nothing is dropped.
        /// </summary>
        protected override void Down(MigrationBuilder migrationBuilder) =>
            throw new NotSupportedException("migration PackedIncomes cannot be reverted: restore the registry's backup from before it");
    }
}
