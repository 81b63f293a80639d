using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Model;
using Overgang.Registry.Storage;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Storage;

/// <summary>
/// An audit entry's actor, action and reason stored once in <c>audit_text</c> and referred to by number: what is written
/// reads back the same, the chain verifies as before, and a changed text or number is found (docs/audit.md).
/// </summary>
public sealed class AuditTextsTests
{
    private static readonly Instant _at = Instant.FromUtc(2026, 11, 22, 12, 0);

    /// <summary>Two runs' worth of entries: three actors, two actions, three reasons.</summary>
    private static List<AuditRecord> Records() =>
    [
        .. Enumerable.Range(1, 4).Select(i => new AuditRecord("system:run/1", "decision.record", $"P{i}", "decisions run 1 for 2027-03-04", $"{{\"i\":{i}}}")),
        new AuditRecord("caseworker:anna", "person.read", "person:P2", "person", "{}"),
        .. Enumerable.Range(1, 4).Select(i => new AuditRecord("system:run/2", "decision.record", $"P{i}", "decisions run 2 for 2027-03-04", $"{{\"i\":{i}}}")),
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Entries_WrittenByEfCoreAndByTheBulkWriter_StoreEachTextOnceAndReadBackTheSame(string provider)
    {
        // Given: the first five entries saved by EF Core, the rest placed at commit and inserted by the bulk writer, as a run does
        var database = TestDatabase.Create(provider);
        var records = Records();
        using (var context = database.Open())
        {
            AuditChain.Append(context, _at, records.Take(5));
            context.SaveChanges();
            var deferred = AuditChain.Deferred();
            var entries = records.Skip(5).Select(r => deferred.Next(r, _at)).ToList();
            using var transaction = context.Database.BeginTransaction();
            AuditChain.After(context).Seal(entries);
            BulkWriter.Insert(context, entries);
            transaction.Commit();
        }

        // When
        using var read = database.Open();
        var entriesRead = read.Audit.OrderBy(a => a.Sequence).AsEnumerable().Select(a => new AuditRecord(a.Actor, a.Action, a.Subject, a.Reason, a.Data)).ToList();
        var runTwo = read.Audit.Where(a => a.Actor == "system:run/2" && a.Action == "decision.record").Select(a => a.Subject).ToList();
        var verified = AuditChain.Verify(read);

        // Then: the same texts, filtered in the database; each text stored once, and a run's data (not the reader's); the chain verifies
        Assert.Equal(records, entriesRead);
        Assert.Equal(["P1", "P2", "P3", "P4"], runTwo.Order(StringComparer.Ordinal));
        Assert.Equal(
            records.SelectMany(r => new[] { r.Actor, r.Action, r.Reason }.Concat(r.Actor.StartsWith("system:run/", StringComparison.Ordinal) ? [r.Data] : [])).Distinct().Order(StringComparer.Ordinal),
            read.AuditTexts.Select(t => t.Text).AsEnumerable().Order(StringComparer.Ordinal));
        Assert.True(verified.IsIntact, verified.Problem);
        Assert.Equal(records.Count, verified.Verified);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Verify_TextChangedInTheTableOfTexts_IsDetectedAtTheFirstEntryThatUsesIt(string provider)
    {
        // Given, when: the actor of run 2 renamed in the table of texts (entries 6 to 9 refer to it)
        var (_, result) = Tampered(provider, "UPDATE audit_text SET \"Text\" = 'system:run/3' WHERE \"Text\" = 'system:run/2'");

        // Then
        Assert.Equal(6, result.BrokenAt);
        Assert.Contains("entry 6 was changed", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Verify_NumberOfATextChangedInAnEntry_IsDetected(string provider)
    {
        // Given, when: entry 3's actor number pointed at run 2's actor, a text that exists
        var (database, result) = Tampered(provider, "UPDATE audit_entry SET \"ActorText\" = (SELECT \"Id\" FROM audit_text WHERE \"Text\" = 'system:run/2') WHERE \"Sequence\" = 3");
        using var read = database.Open();
        var actor = read.Audit.Where(a => a.Sequence == 3).Select(a => a.Actor).Single();

        // Then
        Assert.Equal("system:run/2", actor);
        Assert.Equal(3, result.BrokenAt);
        Assert.Contains("entry 3 was changed", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Verify_NumberWithoutAText_IsDetectedAndTheEntryStillReads(string provider)
    {
        // Given, when: the last entry's reason number pointed at no text
        var (database, result) = Tampered(provider, "UPDATE audit_entry SET \"ReasonText\" = 999999 WHERE \"Sequence\" = 9");
        using var read = database.Open();

        // Then: the entry reads with an empty reason (not left out, which would look like a shorter log) and does not verify
        Assert.Equal(9, read.Audit.Count());
        Assert.Equal("", read.Audit.Single(a => a.Sequence == 9).Reason);
        Assert.Equal(9, result.BrokenAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Entries_OfARun_KeepTheirDataOnceInTheTableOfTextsAndOtherEntriesInTheRow(string provider)
    {
        // Given, when: the entries of Records() saved (eight of runs 1 and 2, one of a reader)
        var database = TestDatabase.Create(provider);
        using (var write = database.Open())
        {
            AuditChain.Append(write, _at, Records());
            write.SaveChanges();
        }

        // Then: a run's entry stores no data of its own but the number of its text; the reader's entry stores its data
        Assert.Equal(["|1", "|2", "|3", "|4", "{}|", "|1", "|2", "|3", "|4"], MigrationRows.Strings(database,
            "SELECT e.\"Data\" || '|' || coalesce(substr(t.\"Text\", 6, 1), '') FROM audit_entry e LEFT JOIN audit_text t ON t.\"Id\" = e.\"DataText\" ORDER BY e.\"Sequence\""));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Verify_DataOfARunChangedInTheTableOfTexts_IsDetectedAtTheFirstEntryThatUsesIt(string provider)
    {
        // Given, when: the data {"i":2} (entries 2 and 7) changed in the table of texts
        // (braces doubled: the statement is run as a format string)
        var (database, result) = Tampered(provider, "UPDATE audit_text SET \"Text\" = '{{\"i\":5}}' WHERE \"Text\" = '{{\"i\":2}}'");
        using var read = database.Open();

        // Then: the entries read the changed data, and the first of them does not verify
        Assert.Equal("{\"i\":5}", read.Audit.Single(a => a.Sequence == 7).Data);
        Assert.Equal(2, result.BrokenAt);
        Assert.Contains("entry 2 was changed", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Verify_DataNumberOfAnEntryRemovedOrChanged_IsDetected(string provider)
    {
        // Given, when: entry 8's data number dropped (its row's own data is empty), entry 9's pointed at entry 1's data
        var (dropped, droppedResult) = Tampered(provider, "UPDATE audit_entry SET \"DataText\" = NULL WHERE \"Sequence\" = 8");
        var (changed, changedResult) = Tampered(provider, "UPDATE audit_entry SET \"DataText\" = (SELECT \"DataText\" FROM audit_entry WHERE \"Sequence\" = 1) WHERE \"Sequence\" = 9");
        using var readDropped = dropped.Open();
        using var readChanged = changed.Open();

        // Then
        Assert.Equal("", readDropped.Audit.Single(a => a.Sequence == 8).Data);
        Assert.Equal(8, droppedResult.BrokenAt);
        Assert.Equal("{\"i\":1}", readChanged.Audit.Single(a => a.Sequence == 9).Data);
        Assert.Equal(9, changedResult.BrokenAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Migrate_EntriesStoredBeforeAuditData_ReadBackAndVerifyWithTheSameHead(string provider)
    {
        // Given: a registry migrated up to the migration before AuditData, with keyed entries as that schema stored them
        // (actor, action and reason by number, the data as text in every row)
        var database = MigrationRows.Before(provider, "AuditData");
        var old = Chained(database);
        using (var context = database.Open())
        {
            foreach (var text in old.SelectMany(e => new[] { e.Actor, e.Action, e.Reason }).Distinct())
            {
                context.Database.ExecuteSqlRaw("INSERT INTO audit_text (\"Text\") VALUES ({0})", text);
            }

            foreach (var entry in old)
            {
                context.Database.ExecuteSqlRaw(
                    "INSERT INTO audit_entry (\"Sequence\", \"At\", \"ActorText\", \"ActionText\", \"Subject\", \"ReasonText\", \"Data\", \"Hash\", \"KeyVersion\") " +
                    "SELECT {0}, {1}, a.\"Id\", b.\"Id\", {2}, r.\"Id\", {3}, {4}, {5} FROM audit_text a, audit_text b, audit_text r WHERE a.\"Text\" = {6} AND b.\"Text\" = {7} AND r.\"Text\" = {8}",
                    entry.Sequence, At(provider, entry), entry.Subject, entry.Data, Convert.FromHexString(entry.Hash), entry.KeyVersion, entry.Actor, entry.Action, entry.Reason);
            }
        }

        // When
        database.Migrate();

        // Then: the same entries and head; the runs' four data texts stored once, out of their rows (only the reader's
        // entry keeps its data); the chain continues with a run's data already stored
        ReadBackAndContinued(database, old, texts: 12, finishData: "{\"i\":3}", textsAfter: 14);
        Assert.Equal(["{}"], MigrationRows.Strings(database, "SELECT \"Data\" FROM audit_entry WHERE \"Sequence\" <= 9 AND (\"Data\" <> '' OR \"DataText\" IS NULL)"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Migrate_EntriesStoredBeforeAuditTexts_ReadBackAndVerifyWithTheSameHead(string provider)
    {
        // Given: a registry migrated up to the migration before AuditTexts, with keyed entries as that schema stored them
        // (actor, action and reason as text in every row)
        var database = MigrationRows.Before(provider, "AuditTexts");
        var old = Chained(database);
        using (var context = database.Open())
        {
            foreach (var entry in old)
            {
                context.Database.ExecuteSqlRaw(
                    "INSERT INTO audit_entry (\"Sequence\", \"At\", \"Actor\", \"Action\", \"Subject\", \"Reason\", \"Data\", \"Hash\", \"KeyVersion\") VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8})",
                    entry.Sequence, At(provider, entry), entry.Actor, entry.Action, entry.Subject, entry.Reason, entry.Data, Convert.FromHexString(entry.Hash), entry.KeyVersion);
            }
        }

        // When
        database.Migrate();

        // Then: the same entries, the same head, each text once (since AuditData a run's data too); the chain continues
        // and verifies across the migration
        ReadBackAndContinued(database, old, texts: 12, finishData: "{}", textsAfter: 15);
    }

    // The entries of Records() as the chain of a new registry makes them, a millisecond apart, not yet stored.
    private static AuditEntry[] Chained(RegistryDatabase database)
    {
        using var context = database.Open();
        var chain = AuditChain.After(context);
        return [.. Records().Select((r, i) => chain.Next(r, _at.PlusTicks(i * 1010)))];
    }

    // An entry's instant as an old row stores it: ticks on SQLite, timestamptz on PostgreSQL.
    private static object At(string provider, AuditEntry entry) => provider == "sqlite" ? entry.At.ToUnixTimeTicks() : entry.At.ToDateTimeUtc();

    // The migrated registry reads the old entries back as they were written, verifies with their head and holds
    // `texts` texts; a run's entry appended with `finishData` verifies after them, and then `textsAfter` texts are held.
    private static void ReadBackAndContinued(RegistryDatabase database, AuditEntry[] old, int texts, string finishData, int textsAfter)
    {
        using var read = database.Open();
        Assert.Equal(old.Select(e => (e.Sequence, e.At, e.Actor, e.Action, e.Subject, e.Reason, e.Data, e.Hash)),
            read.Audit.OrderBy(a => a.Sequence).AsEnumerable().Select(e => (e.Sequence, e.At, e.Actor, e.Action, e.Subject, e.Reason, e.Data, e.Hash)));
        var verified = AuditChain.Verify(read);
        Assert.True(verified.IsIntact, verified.Problem);
        Assert.Equal((old.Length, old[^1].Hash), (verified.Verified, verified.HeadHash));
        Assert.Equal([texts.ToString(CultureInfo.InvariantCulture)], MigrationRows.Strings(database, "SELECT count(*) FROM audit_text"));
        AuditChain.Append(read, _at.Plus(Duration.FromHours(1)), new AuditRecord("system:run/2", "run.finish", "run/2", "after the migration", finishData));
        read.SaveChanges();
        using var after = database.Open();
        Assert.Equal(old.Length + 1, AuditChain.Verify(after).Verified);
        Assert.Equal([textsAfter.ToString(CultureInfo.InvariantCulture)], MigrationRows.Strings(database, "SELECT count(*) FROM audit_text"));
        Assert.Empty(after.Database.GetPendingMigrations());
    }

    // The entries of Records() written and verified, then changed in the database by sql as someone with write access
    // would, and verified again.
    private static (RegistryDatabase Database, AuditVerification Result) Tampered(string provider, string sql)
    {
        var database = TestDatabase.Create(provider);
        using (var write = database.Open())
        {
            AuditChain.Append(write, _at, Records());
            write.SaveChanges();
            Assert.True(AuditChain.Verify(write).IsIntact);
            write.Database.ExecuteSqlRaw(sql);
        }

        using var context = database.Open();
        return (database, AuditChain.Verify(context));
    }
}
