using Microsoft.EntityFrameworkCore.Migrations;

namespace Overgang.Registry.Migrations;

/// <summary>
/// Migration <c>FullPages</c> on PostgreSQL (docs/adr/0018-full-pages-on-postgresql.md); no column, type or value changes.
/// <list type="bullet">
/// <item><c>audit_entry</c> is made again in its present shape. Its earlier migrations dropped four columns
/// (<c>PreviousHash</c>, <c>Actor</c>, <c>Action</c>, <c>Reason</c>), and PostgreSQL keeps a dropped column in the row
/// layout: every row stored a null for each, so every row carried a null bitmap and a 32-byte header. Without them a row
/// with no null (every entry a run writes: its data is a number) has a 24-byte header: 8 bytes less an entry. The rows
/// are copied in their order, the same values; the key and the subject's index are made again as they were (the key
/// filled to 100 %, below).</item>
/// <item>The indexes that only ever grow at their end are filled to 100 % (PostgreSQL's default for a B-tree is 90 %,
/// which keeps room for inserts in the middle that these never get): the audit log's key (its sequence), the
/// keys of <c>decision</c> (run, person), <c>payment</c> (run, household) and <c>task</c> (its id), and the two
/// indexes that start with the person and then the run (<c>decision</c>'s and <c>task</c>'s), into which a run writes
/// its persons in order. The subject's index of the audit log keeps 90 %: a run's entries go in between the population's
/// (the same subjects), as do the work queue's index's (its rows go in per owner and due date, in between).
/// A registry migrated with rows keeps its present pages until they split or the index is made again (<c>REINDEX</c>).</item>
/// </list>
/// </summary>
internal static class FullPagesConversion
{
    /// <summary>The indexes filled to 100 % besides the audit log's key (made again with it).</summary>
    private static readonly string[] _appendedIndexes =
    [
        "PK_decision", "IX_decision_PersonId_RunId_Status", "PK_payment", "PK_task", "IX_task_PersonId_RunId_Owner_Status_Kind_Due",
    ];

    /// <summary>The columns of <c>audit_entry</c>, in order.</summary>
    private const string AuditColumns =
        "\"Sequence\", \"At\", \"Subject\", \"Data\", \"Hash\", \"KeyVersion\", \"ActorText\", \"ActionText\", \"ReasonText\", \"DataText\"";

    /// <summary>PostgreSQL: <c>audit_entry</c> without its dropped columns, and the appended indexes full.</summary>
    public static void PostgresUp(MigrationBuilder migrationBuilder)
    {
        // LIKE copies the live columns only, with their types, not-null constraints and defaults.
        migrationBuilder.Sql("CREATE TABLE audit_entry_packed (LIKE audit_entry INCLUDING DEFAULTS INCLUDING STORAGE INCLUDING COMPRESSION);");
        migrationBuilder.Sql($"INSERT INTO audit_entry_packed ({AuditColumns}) SELECT {AuditColumns} FROM audit_entry ORDER BY \"Sequence\";");
        migrationBuilder.Sql("DROP TABLE audit_entry;");
        migrationBuilder.Sql("ALTER TABLE audit_entry_packed RENAME TO audit_entry;");
        migrationBuilder.Sql("ALTER TABLE audit_entry ADD CONSTRAINT \"PK_audit_entry\" PRIMARY KEY (\"Sequence\") WITH (fillfactor = 100);");
        migrationBuilder.Sql("CREATE INDEX \"IX_audit_entry_Subject\" ON audit_entry (\"Subject\");");
        foreach (var index in _appendedIndexes)
        {
            migrationBuilder.Sql($"ALTER INDEX \"{index}\" SET (fillfactor = 100);");
        }
    }

    /// <summary>PostgreSQL: the default fill factor again (the table's shape is the same, so it stays).</summary>
    public static void PostgresDown(MigrationBuilder migrationBuilder)
    {
        foreach (var index in _appendedIndexes.Prepend("PK_audit_entry"))
        {
            migrationBuilder.Sql($"ALTER INDEX \"{index}\" RESET (fillfactor);");
        }
    }
}
