using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
{
    /// <summary>
    /// SQLite: dates as integers, their days since 1970-01-01 (<c>SqliteRegistryContext.LocalDateDays</c>), instead of
    /// 10 characters of ISO text (docs/adr/0010-stored-decisions.md). The rows stored before are converted: the same
    /// dates read back. PostgreSQL keeps <c>date</c> (4 bytes).
    /// </summary>
    public partial class CompactDates : Migration
    {
        /// <summary>Every column of a date in a table EF Core rebuilds to change its type, and whether it holds nulls.</summary>
        private static readonly (string Table, string Column, bool Nullable)[] Dates =
        [
            ("absence", "From", false), ("absence", "To", false), ("inspection_finding", "InspectedOn", false),
            ("link_candidate", "ForeignSince", true), ("location_complaint", "ReceivedOn", false),
            ("location_complaint", "AcknowledgedOn", true), ("location_complaint", "DecidedOn", true),
            ("location_conversion", "PlannedOn", false), ("location_conversion", "DoneOn", true),
            ("location_inspection", "InspectedOn", false), ("location_occupancy", "Date", false),
            ("location_target_group", "From", false), ("location_target_group", "Until", true), ("other_permit", "ValidUntil", false),
            ("person", "BirthDate", false), ("person", "AsylumWithdrawnOn", true), ("placement", "From", false), ("placement", "To", true),
            ("protection", "Since", false), ("protection", "Until", true), ("reception_location", "Opened", false),
            ("reception_location", "Closed", true), ("return_commitment", "EnrolledOn", true),
            ("return_commitment", "DepartureDate", true), ("return_course", "From", false), ("return_course", "To", false),
            ("return_departure", "On", false), ("return_visit", "From", false), ("return_visit", "To", false),
            ("return_withdrawal", "On", false), ("task", "Due", false), ("transitional_stay", "From", false),
            ("transitional_stay", "Until", false), ("transitional_stay", "DecidedOn", false),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A date is part of a foreign key (an inspection's findings name it by location and date): the keys are checked
            // when this transaction commits, when the parent and the child hold the same number.
            migrationBuilder.Sql("PRAGMA defer_foreign_keys = ON;");
            foreach (var (table, column, nullable) in Dates)
            {
                migrationBuilder.AlterColumn<int>(name: column, table: table, type: "INTEGER", nullable: nullable,
                    oldClrType: typeof(string), oldType: "TEXT", oldMaxLength: 10, oldNullable: nullable);
            }

            // EF Core rebuilds these tables after the statements below (in a transaction of their own, foreign keys off). Here
            // the TEXT column takes the number as text ('20758'); the rebuild's copy into the INTEGER column makes it a number.
            foreach (var (table, column, _) in Dates)
            {
                migrationBuilder.Sql($"""UPDATE "{table}" SET "{column}" = {Days(column)} WHERE typeof("{column}") = 'text';""");
            }

            // EF Core does not model WITHOUT ROWID (migration NaturalKeys): these tables are rebuilt by hand, converting as they are copied.
            Rebuild(migrationBuilder, "monthly_income", MonthlyIncome("INTEGER"), $"\"PersonId\", {Days("Month")}, \"AmountCents\"");
            Rebuild(migrationBuilder, "decision", Decision("INTEGER"),
                $"\"RunId\", \"PersonId\", {Days("Date")}, \"Explanation\", \"ParameterVersion\", \"Path\", \"Status\", \"Stored\", {Days("ValidFrom")}, {Days("ValidUntil")}");
            Rebuild(migrationBuilder, "payment", Payment("INTEGER"), PaymentColumns(Days("HealthInsuranceFrom")));
            migrationBuilder.Sql("CREATE INDEX \"IX_decision_PersonId_RunId_Status\" ON \"decision\" (\"PersonId\", \"RunId\", \"Status\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("PRAGMA defer_foreign_keys = ON;");
            foreach (var (table, column, nullable) in Dates)
            {
                migrationBuilder.AlterColumn<string>(name: column, table: table, type: "TEXT", maxLength: 10, nullable: nullable,
                    oldClrType: typeof(int), oldType: "INTEGER", oldNullable: nullable);
            }

            // Before EF Core's rebuild: the INTEGER column keeps the ISO text, which the rebuild copies into the TEXT column.
            foreach (var (table, column, _) in Dates)
            {
                migrationBuilder.Sql($"""UPDATE "{table}" SET "{column}" = {Iso($"CAST(\"{column}\" AS INTEGER)")} WHERE typeof("{column}") = 'integer';""");
            }

            Rebuild(migrationBuilder, "monthly_income", MonthlyIncome("TEXT"), $"\"PersonId\", {Iso("\"Month\"")}, \"AmountCents\"");
            Rebuild(migrationBuilder, "decision", Decision("TEXT"),
                $"\"RunId\", \"PersonId\", {Iso("\"Date\"")}, \"Explanation\", \"ParameterVersion\", \"Path\", \"Status\", \"Stored\", {Iso("\"ValidFrom\"")}, {Iso("\"ValidUntil\"")}");
            Rebuild(migrationBuilder, "payment", Payment("TEXT"), PaymentColumns(Iso("\"HealthInsuranceFrom\"")));
            migrationBuilder.Sql("CREATE INDEX \"IX_decision_PersonId_RunId_Status\" ON \"decision\" (\"PersonId\", \"RunId\", \"Status\");");
        }

        /// <summary>The days since 1970-01-01 of an ISO date column (null stays null).</summary>
        private static string Days(string column) => $"CAST(julianday(\"{column}\") - 2440587.5 AS INTEGER)";

        /// <summary>The ISO date of an expression of days since 1970-01-01 (null stays null).</summary>
        private static string Iso(string days) => $"date({days} * 86400, 'unixepoch')";

        private static string MonthlyIncome(string date) => $"""
            "PersonId" TEXT NOT NULL,
            "Month" {date} NOT NULL,
            "AmountCents" INTEGER NOT NULL,
            CONSTRAINT "PK_monthly_income" PRIMARY KEY ("PersonId", "Month"),
            CONSTRAINT "FK_monthly_income_person_PersonId" FOREIGN KEY ("PersonId") REFERENCES "person" ("Id") ON DELETE CASCADE
            """;

        private static string Decision(string date) => $"""
            "RunId" INTEGER NOT NULL,
            "PersonId" TEXT NOT NULL,
            "Date" {date} NOT NULL,
            "Explanation" TEXT NULL,
            "ParameterVersion" TEXT NOT NULL,
            "Path" TEXT NOT NULL,
            "Status" TEXT NOT NULL,
            "Stored" BLOB NULL,
            "ValidFrom" {date} NULL,
            "ValidUntil" {date} NULL,
            CONSTRAINT "PK_decision" PRIMARY KEY ("RunId", "PersonId"),
            CONSTRAINT "FK_decision_batch_run_RunId" FOREIGN KEY ("RunId") REFERENCES "batch_run" ("Id") ON DELETE CASCADE
            """;

        private static string Payment(string date) => $"""
            "RunId" INTEGER NOT NULL,
            "HouseholdId" TEXT NOT NULL,
            "AllowanceCents" INTEGER NOT NULL,
            "ContributionCents" INTEGER NOT NULL,
            "Explanation" TEXT NULL,
            "HandOver" INTEGER NOT NULL,
            "HealthInsuranceFrom" {date} NULL,
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
            """;

        private static string PaymentColumns(string healthInsuranceFrom) =>
            $"\"RunId\", \"HouseholdId\", \"AllowanceCents\", \"ContributionCents\", \"Explanation\", \"HandOver\", {healthInsuranceFrom}, \"HealthInsuranceInsured\", \"HealthInsurancePremiumCents\", \"Members\", \"MunicipalityCode\", \"Outcome\", \"Provision\", \"SocialAssistanceCents\", \"Stored\"";

        /// <summary>Rebuilds a WITHOUT ROWID table (a child table only: nothing references it) with <paramref name="definition"/>, copying <paramref name="values"/> into its columns in order.</summary>
        private static void Rebuild(MigrationBuilder migrationBuilder, string table, string definition, string values)
        {
            migrationBuilder.Sql($"CREATE TABLE \"ef_temp_{table}\" (\n{definition}\n) WITHOUT ROWID;");
            migrationBuilder.Sql($"INSERT INTO \"ef_temp_{table}\" SELECT {values} FROM \"{table}\";");
            migrationBuilder.Sql($"DROP TABLE \"{table}\";");
            migrationBuilder.Sql($"ALTER TABLE \"ef_temp_{table}\" RENAME TO \"{table}\";");
        }
    }
}
