using Microsoft.EntityFrameworkCore.Migrations;

namespace Overgang.Registry.Migrations;

/// <summary>
/// The conversion of stored audit entries by migration <c>AuditTexts</c>, the same on SQLite and PostgreSQL: the actor,
/// action and reason texts into <c>audit_text</c>, once each, and their numbers into the entries (and back for Down).
/// </summary>
internal static class AuditTextsConversion
{
    /// <summary>Each text column of an entry and the column of its number.</summary>
    private static readonly (string Text, string Number)[] Columns = [("Actor", "ActorText"), ("Action", "ActionText"), ("Reason", "ReasonText")];

    /// <summary>Adds the number columns, stores every text once and numbers the entries, then drops the text columns.</summary>
    public static void Up(MigrationBuilder migrationBuilder, string integerType)
    {
        foreach (var (_, number) in Columns)
        {
            migrationBuilder.AddColumn<int>(name: number, table: "audit_entry", type: integerType, nullable: false, defaultValue: 0);
        }

        // The texts themselves, and so the chain's hashes over them, are unchanged.
        var texts = string.Join(" UNION ", Columns.Select(c => $"SELECT \"{c.Text}\" FROM audit_entry"));
        migrationBuilder.Sql($"INSERT INTO audit_text (\"Text\") {texts} ORDER BY 1;");
        migrationBuilder.Sql($"UPDATE audit_entry SET {string.Join(", ", Columns.Select(c => $"\"{c.Number}\" = (SELECT t.\"Id\" FROM audit_text t WHERE t.\"Text\" = audit_entry.\"{c.Text}\")"))};");
        foreach (var (text, _) in Columns)
        {
            migrationBuilder.DropColumn(name: text, table: "audit_entry");
        }
    }

    /// <summary>Adds the text columns back, fills them from the numbers and drops the number columns (not the table).</summary>
    public static void Down(MigrationBuilder migrationBuilder, string textType)
    {
        foreach (var (text, _) in Columns)
        {
            migrationBuilder.AddColumn<string>(name: text, table: "audit_entry", type: textType, nullable: false, defaultValue: "");
        }

        migrationBuilder.Sql($"UPDATE audit_entry SET {string.Join(", ", Columns.Select(c => $"\"{c.Text}\" = (SELECT t.\"Text\" FROM audit_text t WHERE t.\"Id\" = audit_entry.\"{c.Number}\")"))};");
        foreach (var (_, number) in Columns)
        {
            migrationBuilder.DropColumn(name: number, table: "audit_entry");
        }
    }
}
