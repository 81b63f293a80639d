using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
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
            // EF Core does not model WITHOUT ROWID (migration NaturalKeys): the table keyed by the person is created by hand,
            // stored in its key like monthly_income was.
            migrationBuilder.Sql("""
                CREATE TABLE "person_income" (
                    "PersonId" TEXT NOT NULL CONSTRAINT "PK_person_income" PRIMARY KEY,
                    "Months" BLOB NOT NULL,
                    CONSTRAINT "FK_person_income_person_PersonId" FOREIGN KEY ("PersonId") REFERENCES "person" ("Id") ON DELETE CASCADE
                ) WITHOUT ROWID;
                """);
            migrationBuilder.Sql(Storage.IncomePacking.Sql(postgres: false));
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
