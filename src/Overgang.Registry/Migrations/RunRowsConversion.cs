using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore.Migrations;
using Overgang.Registry.Storage;

namespace Overgang.Registry.Migrations;

/// <summary>
/// The conversion of stored rows by migration <c>RunRows</c> (docs/adr/0017-run-results-without-foreign-keys.md): a
/// decision's path and status as their numbers (<see cref="DecisionCodes"/>), its parameter version emptied where it is
/// its run's, and no foreign key from a run's results (decision, payment, task) to <c>batch_run</c>; and back for Down.
/// A path or status without a number stops the migration (the columns are not null). The same values read back.
/// </summary>
internal static class RunRowsConversion
{
    /// <summary>The columns of <c>payment</c>, in order.</summary>
    private const string PaymentColumns =
        "\"RunId\", \"HouseholdId\", \"AllowanceCents\", \"ContributionCents\", \"Explanation\", \"HandOver\", \"HealthInsuranceFrom\", \"HealthInsuranceInsured\", \"HealthInsurancePremiumCents\", \"Members\", \"MunicipalityCode\", \"Outcome\", \"Provision\", \"SocialAssistanceCents\", \"Stored\"";

    /// <summary>The results' foreign keys to the run, by table (Down adds them again).</summary>
    private static readonly string[] _results = ["decision", "payment", "task"];

    /// <summary>PostgreSQL: drops the keys, empties the run's versions, then numbers path and status in one rewrite of <c>decision</c>.</summary>
    public static void PostgresUp(MigrationBuilder migrationBuilder)
    {
        foreach (var table in _results)
        {
            migrationBuilder.Sql($"ALTER TABLE {table} DROP CONSTRAINT \"FK_{table}_batch_run_RunId\";");
        }

        migrationBuilder.Sql("ALTER TABLE decision ALTER COLUMN \"ParameterVersion\" DROP NOT NULL;");
        migrationBuilder.Sql("UPDATE decision d SET \"ParameterVersion\" = NULL FROM batch_run r WHERE r.\"Id\" = d.\"RunId\" AND d.\"ParameterVersion\" = r.\"ParameterVersion\";");

        // A change of type rewrites the table (and its indexes) from its live rows: the rows the update left behind go too.
        migrationBuilder.Sql($"""
            ALTER TABLE decision
                ALTER COLUMN "Path" TYPE smallint USING (array_position({Array(DecisionCodes.Paths)}, "Path") - 1)::smallint,
                ALTER COLUMN "Status" TYPE smallint USING (array_position({Array(DecisionCodes.Statuses)}, "Status") - 1)::smallint;
            """);
    }

    /// <summary>PostgreSQL: names again, every decision's version, and the keys.</summary>
    public static void PostgresDown(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"""
            ALTER TABLE decision
                ALTER COLUMN "Path" TYPE text USING ({Array(DecisionCodes.Paths)})["Path" + 1],
                ALTER COLUMN "Status" TYPE text USING ({Array(DecisionCodes.Statuses)})["Status" + 1];
            """);
        migrationBuilder.Sql("UPDATE decision d SET \"ParameterVersion\" = r.\"ParameterVersion\" FROM batch_run r WHERE r.\"Id\" = d.\"RunId\" AND d.\"ParameterVersion\" IS NULL;");
        migrationBuilder.Sql("ALTER TABLE decision ALTER COLUMN \"ParameterVersion\" SET NOT NULL;");
        foreach (var table in _results)
        {
            migrationBuilder.Sql($"ALTER TABLE {table} ADD CONSTRAINT \"FK_{table}_batch_run_RunId\" FOREIGN KEY (\"RunId\") REFERENCES batch_run (\"Id\") ON DELETE CASCADE;");
        }
    }

    /// <summary>
    /// SQLite: <c>decision</c> and <c>payment</c> are WITHOUT ROWID (migration NaturalKeys), which EF Core does not model,
    /// so they are rebuilt by hand without the key, <c>decision</c> converted as it is copied. (<c>task</c>, a rowid
    /// table, is rebuilt by EF Core for its dropped key.)
    /// </summary>
    public static void SqliteUp(MigrationBuilder migrationBuilder)
    {
        var version = "CASE WHEN \"ParameterVersion\" = (SELECT r.\"ParameterVersion\" FROM batch_run r WHERE r.\"Id\" = decision.\"RunId\") THEN NULL ELSE \"ParameterVersion\" END";
        Rebuild(migrationBuilder, "decision", Decision("INTEGER", "NULL", ""),
            $"\"RunId\", \"PersonId\", \"Date\", \"Explanation\", {version}, {Numbers("Path", DecisionCodes.Paths)}, {Numbers("Status", DecisionCodes.Statuses)}, \"Stored\", \"ValidFrom\", \"ValidUntil\"");
        migrationBuilder.Sql("CREATE INDEX \"IX_decision_PersonId_RunId_Status\" ON \"decision\" (\"PersonId\", \"RunId\", \"Status\");");
        Rebuild(migrationBuilder, "payment", Payment(""), PaymentColumns);
    }

    /// <summary>SQLite: names again, every decision's version, and the keys.</summary>
    public static void SqliteDown(MigrationBuilder migrationBuilder)
    {
        var version = "coalesce(\"ParameterVersion\", (SELECT r.\"ParameterVersion\" FROM batch_run r WHERE r.\"Id\" = decision.\"RunId\"))";
        Rebuild(migrationBuilder, "decision", Decision("TEXT", "NOT NULL", Key("decision")),
            $"\"RunId\", \"PersonId\", \"Date\", \"Explanation\", {version}, {Names("Path", DecisionCodes.Paths)}, {Names("Status", DecisionCodes.Statuses)}, \"Stored\", \"ValidFrom\", \"ValidUntil\"");
        migrationBuilder.Sql("CREATE INDEX \"IX_decision_PersonId_RunId_Status\" ON \"decision\" (\"PersonId\", \"RunId\", \"Status\");");
        Rebuild(migrationBuilder, "payment", Payment(Key("payment")), PaymentColumns);
    }

    private static string Array(ImmutableArray<string> names) => "ARRAY[" + string.Join(", ", names.Select(n => $"'{n}'")) + "]";

    /// <summary>A name column's number (null for a name without one, which the NOT NULL column refuses).</summary>
    private static string Numbers(string column, ImmutableArray<string> names) =>
        $"CASE \"{column}\"{string.Concat(names.Select((name, code) => $" WHEN '{name}' THEN {code}"))} END";

    private static string Names(string column, ImmutableArray<string> names) =>
        $"CASE \"{column}\"{string.Concat(names.Select((name, code) => $" WHEN {code} THEN '{name}'"))} END";

    private static string Key(string table) =>
        $",\n    CONSTRAINT \"FK_{table}_batch_run_RunId\" FOREIGN KEY (\"RunId\") REFERENCES \"batch_run\" (\"Id\") ON DELETE CASCADE";

    private static string Decision(string code, string version, string key) => $"""
            "RunId" INTEGER NOT NULL,
            "PersonId" TEXT NOT NULL,
            "Date" INTEGER NOT NULL,
            "Explanation" TEXT NULL,
            "ParameterVersion" TEXT {version},
            "Path" {code} NOT NULL,
            "Status" {code} NOT NULL,
            "Stored" BLOB NULL,
            "ValidFrom" INTEGER NULL,
            "ValidUntil" INTEGER NULL,
            CONSTRAINT "PK_decision" PRIMARY KEY ("RunId", "PersonId"){key}
        """;

    private static string Payment(string key) => $"""
            "RunId" INTEGER NOT NULL,
            "HouseholdId" TEXT NOT NULL,
            "AllowanceCents" INTEGER NOT NULL,
            "ContributionCents" INTEGER NOT NULL,
            "Explanation" TEXT NULL,
            "HandOver" INTEGER NOT NULL,
            "HealthInsuranceFrom" INTEGER NULL,
            "HealthInsuranceInsured" INTEGER NULL,
            "HealthInsurancePremiumCents" INTEGER NULL,
            "Members" INTEGER NOT NULL,
            "MunicipalityCode" TEXT NOT NULL,
            "Outcome" TEXT NOT NULL,
            "Provision" TEXT NULL,
            "SocialAssistanceCents" INTEGER NULL,
            "Stored" BLOB NULL,
            CONSTRAINT "PK_payment" PRIMARY KEY ("RunId", "HouseholdId"){key}
        """;

    /// <summary>Rebuilds a WITHOUT ROWID table (nothing references it) with <paramref name="definition"/>, copying <paramref name="values"/> into its columns in order.</summary>
    private static void Rebuild(MigrationBuilder migrationBuilder, string table, string definition, string values)
    {
        migrationBuilder.Sql($"CREATE TABLE \"ef_temp_{table}\" (\n{definition}\n) WITHOUT ROWID;");
        migrationBuilder.Sql($"INSERT INTO \"ef_temp_{table}\" SELECT {values} FROM \"{table}\";");
        migrationBuilder.Sql($"DROP TABLE \"{table}\";");
        migrationBuilder.Sql($"ALTER TABLE \"ef_temp_{table}\" RENAME TO \"{table}\";");
    }
}
