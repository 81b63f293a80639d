using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
{
    /// <summary>
    /// A responsible adult recorded again after the relation ended (docs/adr/0014-dated-relations.md): <c>person_parent</c>
    /// keyed by the pair and its period number, every stored row period 0. EF Core does not model WITHOUT ROWID (migration
    /// NaturalKeys), so the table is rebuilt by hand, keeping it stored in its key and every row.
    /// </summary>
    public partial class RelationPeriods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, """
            "PersonId" TEXT NOT NULL,
            "ParentId" TEXT NOT NULL,
            "Period" INTEGER NOT NULL,
            "Since" INTEGER NULL,
            "Until" INTEGER NULL,
            CONSTRAINT "PK_person_parent" PRIMARY KEY ("PersonId", "ParentId", "Period"),
            CONSTRAINT "FK_person_parent_person_PersonId" FOREIGN KEY ("PersonId") REFERENCES "person" ("Id") ON DELETE CASCADE
            """, "\"PersonId\", \"ParentId\", 0, \"Since\", \"Until\"");

        /// <summary>Back to one row per pair: a pair's later periods are dropped, its first one (period 0) kept.</summary>
        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, """
            "PersonId" TEXT NOT NULL,
            "ParentId" TEXT NOT NULL,
            "Since" INTEGER NULL,
            "Until" INTEGER NULL,
            CONSTRAINT "PK_person_parent" PRIMARY KEY ("PersonId", "ParentId"),
            CONSTRAINT "FK_person_parent_person_PersonId" FOREIGN KEY ("PersonId") REFERENCES "person" ("Id") ON DELETE CASCADE
            """, "\"PersonId\", \"ParentId\", \"Since\", \"Until\"", "WHERE \"Period\" = 0");

        /// <summary>Rebuilds <c>person_parent</c> (nothing references it) WITHOUT ROWID with <paramref name="definition"/>, copying <paramref name="values"/> of the rows <paramref name="where"/>.</summary>
        private static void Rebuild(MigrationBuilder migrationBuilder, string definition, string values, string where = "")
        {
            migrationBuilder.Sql($"CREATE TABLE \"ef_temp_person_parent\" (\n{definition}\n) WITHOUT ROWID;");
            migrationBuilder.Sql($"INSERT INTO \"ef_temp_person_parent\" SELECT {values} FROM \"person_parent\" {where};");
            migrationBuilder.Sql("DROP TABLE \"person_parent\";");
            migrationBuilder.Sql("ALTER TABLE \"ef_temp_person_parent\" RENAME TO \"person_parent\";");
        }
    }
}
