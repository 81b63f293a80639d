using System.Security.Cryptography;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Population;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests;

/// <summary>
/// A registry is written with the audit key its log was signed with, or not at all. On PostgreSQL the default key file is
/// <c>data/audit.key</c> relative to the working directory: a command run from another folder made a new key there,
/// after which <c>audit verify</c> reported the whole log broken and the command's own entries were signed with the
/// wrong key.
/// </summary>
public sealed class AuditKeyFileTests : IDisposable
{
    private static readonly Instant _at = Instant.FromUtc(2026, 12, 2, 1, 0);
    private readonly string _folder = Directory.CreateTempSubdirectory("overgang-key-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Resolve_ManyThreadsAtOnceForANewKeyFile_AllGetTheOneKeyMade()
    {
        // Given: test databases (and a command's threads) that share a key file not made yet: on PostgreSQL the default
        // is data/audit.key in the working directory. CI once failed reading it while another thread was writing it.
        for (var round = 0; round < 20; round++)
        {
            var file = Path.Combine(_folder, "round" + round, "audit.key");
            using var start = new Barrier(8);

            // When: eight threads ask for it at the same moment
            var signed = new string?[8];
            var failed = new Exception?[8];
            var threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    signed[i] = AuditKey.Resolve(file, () => false).Sign("the same text");
                }
                catch (Exception e) when (e is IOException or AuditKeyException)
                {
                    failed[i] = e;
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            // Then: no thread failed, and all have the key the file holds
            Assert.All(failed, e => Assert.Null(e));
            Assert.Single(signed.Distinct(StringComparer.Ordinal));
            Assert.Equal(AuditKey.FromBytes(Convert.FromBase64String(File.ReadAllText(file).Trim()), file).Sign("the same text"), signed[0]);
            Assert.Equal(["audit.key"], Directory.GetFiles(Path.GetDirectoryName(file)!).Select(Path.GetFileName));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void After_KeyFileMissingWhileTheLogIsSigned_IsRefusedMakesNoKeyAndWritesNothing(string provider)
    {
        // Given: a registry whose log has signed entries, opened with a key file that does not exist (another working folder)
        var database = Signed(provider);
        var elsewhere = database with { AuditKeyFile = Path.Combine(_folder, "data", "audit.key") };

        // When
        using var context = elsewhere.Open();
        var refused = Assert.Throws<AuditKeyException>(() => AuditChain.After(context));

        // Then: the refusal names the missing file and what to set; no key was made; the log is as it was and verifies
        Assert.Contains(elsewhere.AuditKeyFile, refused.Message, StringComparison.Ordinal);
        Assert.Contains("OVERGANG_AUDIT_KEY", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(elsewhere.AuditKeyFile));
        Assert.Equal(2, Intact(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void After_AKeyThatIsNotTheLogs_IsRefused_TheLogsOwnKeyContinuesIt(string provider)
    {
        // Given: a signed log, and a key file holding another key
        var database = Signed(provider);
        var other = Path.Combine(_folder, "other.key");
        File.WriteAllText(other, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) + "\n");
        var foreign = database with { AuditKeyFile = other };

        // When
        using (var context = foreign.Open())
        {
            var refused = Assert.Throws<AuditKeyException>(() => AuditChain.Append(context, _at, new AuditRecord("tester", "person.update", "P3", "test", "{}")));
            Assert.Contains("does not verify the audit log's last entry (2)", refused.Message, StringComparison.Ordinal);
            Assert.Throws<AuditKeyException>(() => AuditChain.Confirm(context));
        }

        using (var context = database.Open())
        {
            AuditChain.Append(context, _at, new AuditRecord("tester", "person.update", "P3", "test", "{}"));
            context.SaveChanges();
        }

        // Then: only the right key's entry was added, and the log verifies
        Assert.Equal(3, Intact(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void After_ANewRegistryWithoutAKeyFile_MakesTheKeyAndSignsWithIt(string provider)
    {
        // Given: a registry with an empty log and no key file yet
        var database = TestDatabase.Create(provider) with { AuditKeyFile = Path.Combine(_folder, "new", "audit.key") };

        // When
        using (var context = database.Open())
        {
            AuditChain.Append(context, _at, new AuditRecord("tester", "person.update", "P1", "test", "{}"));
            context.SaveChanges();
        }

        // Then
        Assert.True(File.Exists(database.AuditKeyFile));
        Assert.Equal(1, Intact(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Generate_ANewRegistryWithoutAKeyFile_LoadsAndMakesTheKey(string provider)
    {
        // Given: an empty registry and no key file: the load asks for the key inside its transaction, which holds the
        // audit table locked (a question on another connection waited for it until the command timed out)
        var database = TestDatabase.Create(provider) with { AuditKeyFile = Path.Combine(_folder, "load", "audit.key") };

        // When
        var generated = PopulationStore.Generate(database, 60, 5, _at, replace: false, null);

        // Then
        Assert.Equal(60, generated.Persons);
        Assert.True(File.Exists(database.AuditKeyFile));
        Assert.True(Intact(database) > 0);
    }

    /// <summary>The entries of the registry's log, which must verify with the registry's own key.</summary>
    private static long Intact(RegistryDatabase database)
    {
        using var reading = database.Open();
        var log = AuditChain.Verify(reading);
        Assert.True(log.IsIntact, log.Problem);
        return log.Verified;
    }

    /// <summary>A fresh registry with two entries signed with its own key file (made in this test's folder).</summary>
    private RegistryDatabase Signed(string provider)
    {
        var database = TestDatabase.Create(provider) with { AuditKeyFile = Path.Combine(_folder, "own.key") };
        using var context = database.Open();
        AuditChain.Append(context, _at, new AuditRecord("tester", "person.update", "P1", "test", "{}"), new AuditRecord("tester", "person.update", "P2", "test", "{}"));
        context.SaveChanges();
        return database;
    }
}
