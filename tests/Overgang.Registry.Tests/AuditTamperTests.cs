using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry.Audit;
using Overgang.Registry.Model;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests;

/// <summary>Regression tests of issue 12: an audit chain rewritten by someone with write access to the database.</summary>
public sealed class AuditTamperTests
{
    private static readonly Instant _at = Instant.FromUtc(2026, 11, 22, 12, 0);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Verify_EntryRewrittenWithEveryLaterHashRecomputed_IsDetected(string provider)
    {
        // Given: entry 3's reason is rewritten and the hashes of entry 3 and every later one are recomputed as SHA-256
        var database = TestDatabase.Create(provider);
        Write(database, 6);
        Rewrite(database, from: 3, (entry, previous) =>
        {
            if (entry.Sequence == 3)
            {
                entry.Reason = "nothing to see";
            }

            entry.Hash = PlainHash(entry.Sequence, entry.At, entry.Actor, entry.Action, entry.Subject, entry.Reason, entry.Data, previous);
        });

        // When
        using var context = database.Open();
        var result = AuditChain.Verify(context);

        // Then
        Assert.False(result.IsIntact);
        Assert.Equal(3, result.BrokenAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Verify_TailRewrittenAsUnkeyedEntries_IsDetected(string provider)
    {
        // Given: from entry 4 on, the entries are rewritten as if written before the log was keyed (version 0, plain SHA-256)
        var database = TestDatabase.Create(provider);
        Write(database, 6);
        Rewrite(database, from: 4, (entry, previous) =>
        {
            entry.KeyVersion = 0;
            entry.Hash = PlainHash(entry.Sequence, entry.At, entry.Actor, entry.Action, entry.Subject, entry.Reason, entry.Data, previous);
        });

        // When
        using var context = database.Open();
        var result = AuditChain.Verify(context);

        // Then
        Assert.Equal(4, result.BrokenAt);
        Assert.Contains("without the audit key", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EntriesFromBeforeTheKey_VerifyAsBeforeAndKeyedEntriesFollowThem()
    {
        // Given: three entries as the unkeyed chain wrote them (key version 0), then three written now
        var database = TestDatabase.Create("sqlite");
        using (var context = database.Open())
        {
            var previous = AuditChain.Genesis;
            for (var i = 1; i <= 3; i++)
            {
                var hash = PlainHash(i, _at, "tester", "person.update", $"P{i}", "test", "{}", previous);
                context.AuditEntries.Add(new AuditEntry { Sequence = i, At = _at, Actor = "tester", Action = "person.update", Subject = $"P{i}", Reason = "test", Data = "{}", Hash = hash });
                previous = hash;
            }

            context.SaveChanges();
        }

        Write(database, 3);

        // When
        using var read = database.Open();
        var result = AuditChain.Verify(read);

        // Then
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal((6L, 3L), (result.Verified, result.Unkeyed));
        Assert.Equal([0, 0, 0, 1, 1, 1], read.Audit.OrderBy(a => a.Sequence).Select(a => a.KeyVersion).ToList());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void VerifyWithCheckpoint_EntryRewrittenBeforeItWithTheKey_IsDetected(string provider)
    {
        // Given: a checkpoint after 5 entries; then entry 2 is rewritten by someone who has the key, every later hash
        // recomputed with it, and an entry appended
        var database = TestDatabase.Create(provider);
        Write(database, 5);
        var checkpoint = Checkpoint(database);
        AuditKey key;
        using (var context = database.Open())
        {
            key = context.AuditKey;
        }

        Rewrite(database, from: 2, (entry, previous) =>
        {
            if (entry.Sequence == 2)
            {
                entry.Reason = "nothing to see";
            }

            entry.Hash = key.Sign(string.Join('\u001f', entry.Sequence.ToString(CultureInfo.InvariantCulture), InstantPattern.ExtendedIso.Format(entry.At), entry.Actor, entry.Action, entry.Subject, entry.Reason, entry.Data, previous));
        });
        Write(database, 1);

        // When
        using var read = database.Open();
        var without = AuditChain.Verify(read);
        var with = AuditChain.Verify(read, checkpoint);

        // Then
        Assert.True(without.IsIntact, "with the key the rewrite verifies on its own; only the checkpoint can tell");
        Assert.Equal(5, with.BrokenAt);
        Assert.Contains("rewritten after the checkpoint", with.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void VerifyWithCheckpoint_LastEntriesDeleted_IsDetectedAndLaterEntriesAreFine(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        Write(database, 5);
        var checkpoint = Checkpoint(database);
        Write(database, 2);
        using (var read = database.Open())
        {
            Assert.True(AuditChain.Verify(read, checkpoint).IsIntact);
        }

        using (var tamper = database.Open())
        {
            tamper.AuditEntries.RemoveRange(tamper.AuditEntries.Where(a => a.Sequence > 4));
            tamper.SaveChanges();
        }

        // When
        using var context = database.Open();
        var result = AuditChain.Verify(context, checkpoint);

        // Then
        Assert.True(AuditChain.Verify(context).IsIntact, "a shortened chain verifies on its own");
        Assert.Equal(5, result.BrokenAt);
        Assert.StartsWith("the log has 4 entries, the checkpoint has 5", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyWithCheckpoint_CheckpointChangedOrFromAnotherKey_IsRefused()
    {
        // Given
        var database = TestDatabase.Create("sqlite");
        Write(database, 3);
        var checkpoint = Checkpoint(database);
        var other = AuditCheckpoint.Create(3, 3, checkpoint.HeadHash, _at, AuditKey.FromBytes(new byte[32], "test"));

        // When
        using var context = database.Open();
        var changed = AuditChain.Verify(context, AuditCheckpoint.Parse(checkpoint.ToJson(), out _)! with { Entries = 2, LastSequence = 2 });
        var foreign = AuditChain.Verify(context, other);
        var roundTrip = AuditChain.Verify(context, AuditCheckpoint.Parse(checkpoint.ToJson(), out _));

        // Then
        Assert.Contains("the file was changed", changed.Problem, StringComparison.Ordinal);
        Assert.Contains("another audit key", foreign.Problem, StringComparison.Ordinal);
        Assert.True(roundTrip.IsIntact, roundTrip.Problem);
    }

    [Fact]
    public void AuditKey_FirstUse_CreatesAnOwnerOnlyKeyFileBesideTheRegistry()
    {
        // Given
        var database = TestDatabase.Create("sqlite");
        Assert.False(File.Exists(database.AuditKeyFile));

        // When
        Write(database, 1);

        // Then
        Assert.Equal(database.SqliteFile + ".audit-key", database.AuditKeyFile);
        Assert.True(File.Exists(database.AuditKeyFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(database.AuditKeyFile));
        }

        Assert.Equal(32, Convert.FromBase64String(File.ReadAllText(database.AuditKeyFile).Trim()).Length);
    }

    private static AuditCheckpoint Checkpoint(RegistryDatabase database)
    {
        using var context = database.Open();
        var verified = AuditChain.Verify(context);
        Assert.True(verified.IsIntact, verified.Problem);
        return AuditCheckpoint.Create(verified.Verified, verified.Verified, verified.HeadHash!, _at, context.AuditKey);
    }

    // Rewrites the entries from a sequence on, relinking each to the (new) hash of the one before it, and stores them as a
    // tamperer with write access would: a changed reason as the number of a text in audit_text (added when new).
    private static void Rewrite(RegistryDatabase database, long from, Action<AuditEntry, string> rewrite)
    {
        using var tamper = database.Open();
        var stored = tamper.AuditEntries.ToDictionary(a => a.Sequence);
        var previous = "";
        foreach (var entry in tamper.Audit.OrderBy(a => a.Sequence).ToList())
        {
            if (entry.Sequence >= from)
            {
                rewrite(entry, previous);
                var row = stored[entry.Sequence];
                (row.Hash, row.KeyVersion, row.Data) = (entry.Hash, entry.KeyVersion, entry.Data);
                row.ReasonText = TextNumber(tamper, entry.Reason);
            }

            previous = entry.Hash;
        }

        tamper.SaveChanges();
    }

    private static int TextNumber(RegistryContext tamper, string text)
    {
        if (tamper.AuditTexts.FirstOrDefault(t => t.Text == text) is { } known)
        {
            return known.Id;
        }

        var added = new AuditText { Text = text };
        tamper.AuditTexts.Add(added);
        tamper.SaveChanges();
        return added.Id;
    }

    // The chain's hash without a key, as anyone can compute it.
    private static string PlainHash(long sequence, Instant at, string actor, string action, string subject, string reason, string data, string previous)
    {
        var text = string.Join('\u001f', sequence.ToString(CultureInfo.InvariantCulture), InstantPattern.ExtendedIso.Format(at), actor, action, subject, reason, data, previous);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static void Write(RegistryDatabase database, int count)
    {
        using var context = database.Open();
        AuditChain.Append(context, _at, Enumerable.Range(0, count).Select(i => new AuditRecord("tester", "person.update", $"P{i}", "test", $"{{\"i\":{i}}}")));
        context.SaveChanges();
    }
}
