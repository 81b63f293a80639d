using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry.Audit;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests;

/// <summary>
/// An audit entry's hash covers its instant as the registry stores it. The system clock reads to a tenth of a microsecond and
/// PostgreSQL keeps microseconds, so an entry hashed over the finer instant read back as "changed after it was written"
/// on every PostgreSQL registry written with the real clock (the tests' clock ticks in whole seconds and hid it).
/// </summary>
public sealed class AuditInstantTests
{
    /// <summary>123.4567 ms past the second: finer than a microsecond.</summary>
    private static readonly Instant _fine = Instant.FromUtc(2026, 12, 1, 22, 18, 28) + Duration.FromTicks(1_234_567);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Verify_EntriesMadeAtAnInstantFinerThanAMicrosecond_AreIntact(string provider)
    {
        // Given: entries appended one by one (a page's change) and entries made first and sealed in the storing transaction
        // (a batch run's chunk, the population's load), all at an instant with a tenth of a microsecond
        var database = TestDatabase.Create(provider);
        using (var context = database.Open())
        {
            AuditChain.Append(context, _fine, new AuditRecord("tester", "person.update", "P1", "test", "{}"), new AuditRecord("tester", "person.update", "P2", "test", "{}"));
            context.SaveChanges();
        }

        using (var context = database.Open())
        {
            var deferred = AuditChain.Deferred();
            var entries = new[] { deferred.Next(new AuditRecord("system:run/1", "decision.record", "P1", "run", "{}"), _fine), deferred.Next(new AuditRecord("system:run/1", "decision.record", "P2", "run", "{}"), _fine + Duration.FromTicks(2)) };
            AuditChain.After(context).Seal(entries);
            context.AuditEntries.AddRange(entries);
            context.SaveChanges();
        }

        // When
        using var reading = database.Open();
        var result = AuditChain.Verify(reading);
        var stored = reading.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).Select(e => e.At).ToList();

        // Then: the log verifies, and every entry holds its instant to the microsecond, as both providers store it
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(4, result.Verified);
        var microsecond = Instant.FromUtc(2026, 12, 1, 22, 18, 28) + Duration.FromTicks(1_234_560);
        Assert.Equal([microsecond, microsecond, microsecond, microsecond], stored);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Verify_AnEntryHashedOverTheFinerInstantBeforeTheCut_VerifiesAndIsCounted_AChangedOneDoesNot(string provider)
    {
        // Given: an entry as a PostgreSQL registry holds it from before the cut: its hash over the clock's instant, its stored
        // instant that instant cut to the microsecond; then an entry appended after it
        var database = TestDatabase.Create(provider);
        var stored = Instant.FromUtc(2026, 12, 1, 22, 18, 28) + Duration.FromTicks(1_234_560);
        using (var context = database.Open())
        {
            AuditChain.Append(context, stored, new AuditRecord("tester", "person.update", "P1", "test", "{}"));
            context.SaveChanges();
            var before = AuditHasher.For(context.AuditKey).Hash(AuditKey.Version, 1, InstantPattern.ExtendedIso.Format(stored + Duration.FromTicks(7)), "tester", "person.update", "P1", "test", "{}", AuditChain.Genesis);
            var bytes = Convert.FromHexString(before);
            context.Database.ExecuteSql($"UPDATE audit_entry SET \"Hash\" = {bytes} WHERE \"Sequence\" = 1");
        }

        using (var context = database.Open())
        {
            AuditChain.Append(context, stored + Duration.FromSeconds(1), new AuditRecord("tester", "person.update", "P2", "test", "{}"));
            context.SaveChanges();
        }

        // When
        AuditVerification intact;
        using (var context = database.Open())
        {
            intact = AuditChain.Verify(context);
        }

        using (var tamper = database.Open())
        {
            tamper.Database.ExecuteSqlRaw("UPDATE audit_entry SET \"Data\" = '{{\"changed\":1}}' WHERE \"Sequence\" = 1");
        }

        using var reading = database.Open();
        var changed = AuditChain.Verify(reading);

        // Then: both entries verify, the first counted as hashed over the finer instant; once its data is changed, it does not
        Assert.True(intact.IsIntact, intact.Problem);
        Assert.Equal(2, intact.Verified);
        Assert.Equal(1, intact.FinerInstants);
        Assert.Equal(1, changed.BrokenAt);
    }
}
