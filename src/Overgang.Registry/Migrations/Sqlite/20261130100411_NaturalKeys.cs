using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
{
    /// <summary>SQLite only: the tables keyed by a natural key are stored in it, WITHOUT ROWID (docs/adr/0010-stored-decisions.md).</summary>
    public partial class NaturalKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Tables whose primary key is their natural key are stored in it (WITHOUT ROWID): the key is not stored a
            // second time in an index beside a rowid table (docs/adr/0010-stored-decisions.md). EF Core does not model
            // this, so a later migration that rebuilds one of these tables must keep WITHOUT ROWID by hand.
            WithoutRowId(migrationBuilder, "monthly_income", """
                "PersonId" TEXT NOT NULL,
                "Month" TEXT NOT NULL,
                "AmountCents" INTEGER NOT NULL,
                CONSTRAINT "PK_monthly_income" PRIMARY KEY ("PersonId", "Month"),
                CONSTRAINT "FK_monthly_income_person_PersonId" FOREIGN KEY ("PersonId") REFERENCES "person" ("Id") ON DELETE CASCADE
                """, "\"PersonId\", \"Month\", \"AmountCents\"");
            WithoutRowId(migrationBuilder, "person_parent", """
                "PersonId" TEXT NOT NULL,
                "ParentId" TEXT NOT NULL,
                CONSTRAINT "PK_person_parent" PRIMARY KEY ("PersonId", "ParentId"),
                CONSTRAINT "FK_person_parent_person_PersonId" FOREIGN KEY ("PersonId") REFERENCES "person" ("Id") ON DELETE CASCADE
                """, "\"PersonId\", \"ParentId\"");
            WithoutRowId(migrationBuilder, "decision", """
                "RunId" INTEGER NOT NULL,
                "PersonId" TEXT NOT NULL,
                "Date" TEXT NOT NULL,
                "Explanation" TEXT NULL,
                "ParameterVersion" TEXT NOT NULL,
                "Path" TEXT NOT NULL,
                "Status" TEXT NOT NULL,
                "Stored" BLOB NULL,
                "ValidFrom" TEXT NULL,
                "ValidUntil" TEXT NULL,
                CONSTRAINT "PK_decision" PRIMARY KEY ("RunId", "PersonId"),
                CONSTRAINT "FK_decision_batch_run_RunId" FOREIGN KEY ("RunId") REFERENCES "batch_run" ("Id") ON DELETE CASCADE
                """, "\"RunId\", \"PersonId\", \"Date\", \"Explanation\", \"ParameterVersion\", \"Path\", \"Status\", \"Stored\", \"ValidFrom\", \"ValidUntil\"");
            migrationBuilder.Sql("CREATE INDEX \"IX_decision_PersonId_RunId\" ON \"decision\" (\"PersonId\", \"RunId\");");
            WithoutRowId(migrationBuilder, "payment", """
                "RunId" INTEGER NOT NULL,
                "HouseholdId" TEXT NOT NULL,
                "AllowanceCents" INTEGER NOT NULL,
                "ContributionCents" INTEGER NOT NULL,
                "Explanation" TEXT NULL,
                "HandOver" INTEGER NOT NULL,
                "HealthInsuranceFrom" TEXT NULL,
                "HealthInsuranceInsured" INTEGER NULL,
                "HealthInsurancePremiumCents" INTEGER NULL,
                "Members" INTEGER NOT NULL,
                "MunicipalityCode" TEXT NOT NULL,
                "Outcome" TEXT NOT NULL,
                "Provision" TEXT NULL,
                "SocialAssistanceCents" INTEGER NULL,
                "Stored" BLOB NULL,
                CONSTRAINT "PK_payment" PRIMARY KEY ("RunId", "HouseholdId"),
                CONSTRAINT "FK_payment_batch_run_RunId" FOREIGN KEY ("RunId") REFERENCES "batch_run" ("Id") ON DELETE CASCADE
                """, "\"RunId\", \"HouseholdId\", \"AllowanceCents\", \"ContributionCents\", \"Explanation\", \"HandOver\", \"HealthInsuranceFrom\", \"HealthInsuranceInsured\", \"HealthInsurancePremiumCents\", \"Members\", \"MunicipalityCode\", \"Outcome\", \"Provision\", \"SocialAssistanceCents\", \"Stored\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The rows stay as they are: a table without rowid holds the same columns and keys.
        }

        /// <summary>Rebuilds a table (a child table only: nothing references it) as WITHOUT ROWID, keeping its rows.</summary>
        private static void WithoutRowId(MigrationBuilder migrationBuilder, string table, string definition, string columns)
        {
            migrationBuilder.Sql($"CREATE TABLE \"ef_temp_{table}\" (\n{definition}\n) WITHOUT ROWID;");
            migrationBuilder.Sql($"INSERT INTO \"ef_temp_{table}\" ({columns}) SELECT {columns} FROM \"{table}\";");
            migrationBuilder.Sql($"DROP TABLE \"{table}\";");
            migrationBuilder.Sql($"ALTER TABLE \"ef_temp_{table}\" RENAME TO \"{table}\";");
        }
    }
}
