using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Storage;

/// <summary>
/// PostgreSQL's pages (migration FullPages, docs/adr/0018-full-pages-on-postgresql.md): <c>audit_entry</c> without the
/// columns earlier migrations dropped, and the indexes that only grow at their end filled to 100 %.
/// </summary>
public sealed class FullPagesTests
{
    private static readonly Instant _at = Instant.FromUtc(2026, 11, 22, 12, 0);

    /// <summary>The indexes filled to 100 %, by name.</summary>
    private static readonly string[] _fullIndexes =
    [
        "IX_decision_PersonId_RunId_Status", "IX_task_PersonId_RunId_Owner_Status_Kind_Due", "PK_audit_entry", "PK_decision", "PK_payment", "PK_task",
    ];

    [Fact]
    public void NewRegistry_OnPostgreSql_HasTheAuditLogWithoutDroppedColumnsAndTheAppendedIndexesFull()
    {
        // Given, when: a new registry (made by the schema script)
        var database = TestDatabase.Create("postgresql");

        // Then
        Assert.Equal(["0"], DroppedAuditColumns(database));
        Assert.Equal(_fullIndexes, FullIndexes(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Migrate_AuditEntriesStoredBeforeFullPages_ReadBackTheSameAndTheLogVerifies(string provider)
    {
        // Given: a registry migrated up to the migration before FullPages with audit entries of a run (data by number),
        // of a person's creation (data in the row) and of a case worker
        var database = MigrationRows.Before(provider, "FullPages");
        List<string> before;
        using (var context = database.Open())
        {
            AuditChain.Append(context, _at, [
                new AuditRecord("generate:seed-1", "person.create", "P1", "synthetic population", "{\"household\":\"H1\"}"),
                new AuditRecord("system:run/1", "decision.record", "P1", "decisions run 1 for 2027-03-04", "{\"path\":\"not-entitled\"}"),
                new AuditRecord("caseworker:anna", "person.read", "person:P1", "person", "{}"),
            ]);
            context.SaveChanges();
            before = Entries(context);
        }

        // When
        database.Migrate();

        // Then: the same entries, the log intact, and a new entry appends after them
        using var read = database.Open();
        Assert.Empty(read.Database.GetPendingMigrations());
        Assert.Equal(before, Entries(read));
        var verified = AuditChain.Verify(read);
        Assert.True(verified.IsIntact, verified.Problem);
        Assert.Equal(3, verified.Verified);
        AuditChain.Append(read, _at, new AuditRecord("system:run/2", "decision.record", "P1", "decisions run 2 for 2027-03-04", "{\"path\":\"not-entitled\"}"));
        read.SaveChanges();
        verified = AuditChain.Verify(read);
        Assert.True(verified.IsIntact, verified.Problem);
        Assert.Equal(4, verified.Verified);
        if (provider == "postgresql")
        {
            Assert.Equal(["0"], DroppedAuditColumns(database));
            Assert.Equal(_fullIndexes, FullIndexes(database));
        }
    }

    /// <summary>Every stored entry as text, in order.</summary>
    private static List<string> Entries(RegistryContext context) =>
        [.. context.Audit.OrderBy(e => e.Sequence).AsEnumerable().Select(e => string.Join('|', e.Sequence, e.At, e.Actor, e.Action, e.Subject, e.Reason, e.Data, e.Hash, e.KeyVersion))];

    /// <summary>How many dropped columns PostgreSQL keeps in <c>audit_entry</c>'s rows.</summary>
    private static List<string> DroppedAuditColumns(RegistryDatabase database) =>
        MigrationRows.Strings(database, "SELECT count(*) FROM pg_attribute WHERE attrelid = 'audit_entry'::regclass AND attisdropped");

    /// <summary>The registry's indexes with a fill factor of 100, by name.</summary>
    private static List<string> FullIndexes(RegistryDatabase database) =>
        MigrationRows.Strings(database, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'i' AND 'fillfactor=100' = ANY (c.reloptions) ORDER BY c.relname COLLATE \"C\"");
}
