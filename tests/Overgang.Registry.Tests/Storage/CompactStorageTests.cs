using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry.Audit;
using Overgang.Registry.Model;
using Overgang.Registry.Storage;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Storage;

/// <summary>Audit hashes as 32 bytes, instants as ticks on SQLite, and the migration that converted what was stored before (docs/adr/0010-stored-decisions.md).</summary>
public sealed class CompactStorageTests
{
    /// <summary>To the microsecond, the precision of PostgreSQL's <c>timestamptz</c> (SQLite keeps ticks).</summary>
    private static readonly Instant _at = Instant.FromUtc(2026, 11, 22, 12, 0, 1).PlusNanoseconds(123_456_000);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void AuditEntries_WrittenByEfCoreAndByTheBulkWriter_StoreTheHashAsItsBytesAndReadBackTheSameHex(string provider)
    {
        // Given: entries of one chain, the first three saved by EF Core, the next three by the bulk writer
        var database = TestDatabase.Create(provider);
        AuditEntry[] written;
        using (var context = database.Open())
        {
            var chain = AuditChain.After(context);
            written = [.. Enumerable.Range(1, 6).Select(i => chain.Next(new AuditRecord("test", "person.create", $"P{i}", "reason ї", "{}"), _at.PlusTicks(i * 10)))];
            context.AuditEntries.AddRange(written.Take(3));
            context.SaveChanges();
            using var transaction = context.Database.BeginTransaction();
            BulkWriter.Insert(context, written[3..]);
            transaction.Commit();
        }

        // When
        using var read = database.Open();
        var stored = read.Audit.AsNoTracking().OrderBy(a => a.Sequence).ToList();
        var raw = RawHashes(database);

        // Then: 32 bytes each, the very bytes of the hex hash; read back as the same hex and instant; the chain verifies
        Assert.Equal(written.Select(e => (e.Sequence, e.Hash, e.At)), stored.Select(e => (e.Sequence, e.Hash, e.At)));
        Assert.Equal(written.Select(e => e.Hash), raw.Select(Convert.ToHexStringLower));
        Assert.All(raw, bytes => Assert.Equal(32, bytes.Length));
        var verified = AuditChain.Verify(read);
        Assert.True(verified.IsIntact, verified.Problem);
        Assert.Equal(written[^1].Hash, verified.HeadHash);
    }

    [Fact]
    public void Instants_OnSqlite_AreStoredAsTicksSinceTheUnixEpochAndCompareInTheDatabase()
    {
        // Given: an instant to the tick (100 ns), as the fixed-width text stored it before
        var at = _at.PlusTicks(7);
        var database = TestDatabase.Create("sqlite");
        using (var context = database.Open())
        {
            context.Runs.Add(new BatchRun { Kind = "allowance", Argument = "2026-11", ParameterVersion = "v", StartedAt = at, FinishedAt = at.PlusTicks(1), Status = "finished", Counts = "{}" });
            context.Runs.Add(new BatchRun { Kind = "allowance", Argument = "2026-12", ParameterVersion = "v", StartedAt = at.Minus(Duration.FromDays(400)), Status = "running", Counts = "{}" });
            context.SaveChanges();
        }

        // When
        using var read = database.Open();
        var stored = Scalar(database, "SELECT typeof(\"StartedAt\") || ' ' || \"StartedAt\" FROM batch_run WHERE \"Argument\" = '2026-11'");
        var later = read.Runs.Where(r => r.StartedAt > at.Minus(Duration.FromDays(1))).Select(r => r.Argument).ToList();
        var run = read.Runs.Single(r => r.Argument == "2026-11");

        // Then
        Assert.Equal("integer " + at.ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture), stored);
        Assert.Equal(["2026-11"], later);
        Assert.Equal((at, (Instant?)at.PlusTicks(1)), (run.StartedAt, run.FinishedAt));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Migrate_AuditEntriesAndRunsStoredBeforeCompactStorage_ReadBackTheSameAndTheChainStillVerifies(string provider)
    {
        // Given: a registry migrated up to the migration before CompactStorage, with rows as that schema stored them
        // (hashes as 64 hex characters; on SQLite instants as fixed-width UTC text)
        var database = Empty(provider);
        using (var context = database.Open())
        {
            var migrations = context.Database.GetMigrations().ToList();
            var compact = migrations.FindIndex(m => m.EndsWith("_CompactStorage", StringComparison.Ordinal));
            context.GetService<IMigrator>().Migrate(migrations[compact - 1]);
        }

        AuditEntry[] old;
        using (var context = database.Open())
        {
            var chain = AuditChain.After(context);
            old = [.. Enumerable.Range(1, 4).Select(i => chain.Next(new AuditRecord("system:run/1", "decision.record", $"P0000000{i}", "decisions run 1 for 2027-03-04", "{\"path\":\"transition-document\"}"), _at.PlusTicks(i * 1010)))];
            foreach (var entry in old)
            {
                context.Database.ExecuteSqlRaw(
                    "INSERT INTO audit_entry (\"Sequence\", \"At\", \"Actor\", \"Action\", \"Subject\", \"Reason\", \"Data\", \"Hash\", \"KeyVersion\") VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8})",
                    entry.Sequence, OldInstant(provider, entry.At), entry.Actor, entry.Action, entry.Subject, entry.Reason, entry.Data, entry.Hash, entry.KeyVersion);
            }

            context.Database.ExecuteSqlRaw(
                "INSERT INTO batch_run (\"Kind\", \"Number\", \"Argument\", \"ParameterVersion\", \"StartedAt\", \"FinishedAt\", \"Status\", \"Chunks\", \"Counts\") VALUES ('decisions', 1, '2027-03-04', 'v', {0}, {1}, 'finished', 1, '{{}}')",
                OldInstant(provider, _at), OldInstant(provider, _at.Plus(Duration.FromMinutes(2))));
        }

        // When
        database.Migrate();

        // Then: the same hashes and instants as before, the chain verifies and continues
        using var read = database.Open();
        var entries = read.Audit.AsNoTracking().OrderBy(a => a.Sequence).ToList();
        Assert.Equal(old.Select(e => (e.Sequence, e.At, e.Hash)), entries.Select(e => (e.Sequence, e.At, e.Hash)));
        Assert.All(RawHashes(database), bytes => Assert.Equal(32, bytes.Length));
        var run = read.Runs.AsNoTracking().Single();
        Assert.Equal((_at, (Instant?)_at.Plus(Duration.FromMinutes(2))), (run.StartedAt, run.FinishedAt));
        var verified = AuditChain.Verify(read);
        Assert.True(verified.IsIntact, verified.Problem);
        Assert.Equal((4, old[^1].Hash), (verified.Verified, verified.HeadHash));
        AuditChain.Append(read, _at.Plus(Duration.FromHours(1)), new AuditRecord("test", "person.read", "P00000001", "after the migration", ""));
        read.SaveChanges();
        using var after = database.Open();
        Assert.Equal(5, AuditChain.Verify(after).Verified);
        Assert.Empty(after.Database.GetPendingMigrations());
    }

    /// <summary>An instant as the schema before CompactStorage stored it: text on SQLite, <c>timestamptz</c> on PostgreSQL.</summary>
    private static object OldInstant(string provider, Instant at) => provider == "sqlite"
        ? InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'").Format(at)
        : at.ToDateTimeUtc();

    private static RegistryDatabase Empty(string provider) => provider == "sqlite"
        ? RegistryDatabase.Parse(Path.Combine(Path.GetTempPath(), "overgang-test-" + Guid.NewGuid().ToString("N") + ".db"))
        : RegistryDatabase.Parse(PostgresServer.Instance.CreateDatabase());

    private static List<byte[]> RawHashes(RegistryDatabase database)
    {
        using var context = database.Open();
        var connection = context.Database.GetDbConnection();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Hash\" FROM audit_entry ORDER BY \"Sequence\"";
        using var reader = command.ExecuteReader();
        var hashes = new List<byte[]>();
        while (reader.Read())
        {
            hashes.Add(Assert.IsType<byte[]>(reader.GetValue(0)));
        }

        return hashes;
    }

    private static string? Scalar(RegistryDatabase database, string sql)
    {
        using var context = database.Open();
        var connection = context.Database.GetDbConnection();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
