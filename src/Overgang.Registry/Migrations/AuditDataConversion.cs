using Microsoft.EntityFrameworkCore.Migrations;

namespace Overgang.Registry.Migrations;

/// <summary>
/// The conversion of stored audit entries by migration <c>AuditData</c>, the same on SQLite and PostgreSQL: the data of
/// every batch run's entry (actor <c>system:run/…</c>) into <c>audit_text</c>, once each, its number into the entry and
/// the entry's own copy emptied (and back for Down). The data itself, and so the chain's hashes over it, is unchanged.
/// </summary>
internal static class AuditDataConversion
{
    /// <summary>The entries of batch runs: their actor's text starts with <c>system:run/</c> (compared exactly, not by LIKE).</summary>
    private const string OfRuns = "\"ActorText\" IN (SELECT \"Id\" FROM audit_text WHERE substr(\"Text\", 1, 11) = 'system:run/')";

    /// <summary>Adds the number column, stores each run's data once and numbers the entries, emptying their data.</summary>
    public static void Up(MigrationBuilder migrationBuilder, string integerType)
    {
        migrationBuilder.AddColumn<int>(name: "DataText", table: "audit_entry", type: integerType, nullable: true);
        migrationBuilder.Sql($"INSERT INTO audit_text (\"Text\") SELECT DISTINCT \"Data\" FROM audit_entry WHERE {OfRuns} AND \"Data\" NOT IN (SELECT \"Text\" FROM audit_text) ORDER BY 1;");
        migrationBuilder.Sql($"UPDATE audit_entry SET \"DataText\" = (SELECT t.\"Id\" FROM audit_text t WHERE t.\"Text\" = audit_entry.\"Data\"), \"Data\" = '' WHERE {OfRuns};");
    }

    /// <summary>Puts each numbered entry's data back into the entry and drops the number column (not the texts).</summary>
    public static void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("UPDATE audit_entry SET \"Data\" = (SELECT t.\"Text\" FROM audit_text t WHERE t.\"Id\" = audit_entry.\"DataText\") WHERE \"DataText\" IS NOT NULL;");
        migrationBuilder.DropColumn(name: "DataText", table: "audit_entry");
    }
}
