using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests;

public sealed class AuditChainTests
{
    private static readonly Instant _at = Instant.FromUtc(2026, 11, 22, 12, 0);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Verify_UntouchedChain_IsIntact(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        Write(database, 5);
        Write(database, 3);

        // When
        using var context = database.Open();
        var result = AuditChain.Verify(context);

        // Then
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(8, result.Verified);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Verify_EntryChangedInTheDatabase_NamesTheEntry(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        Write(database, 6);
        using (var tamper = database.Open())
        {
            tamper.Database.ExecuteSqlRaw("UPDATE audit_entry SET \"Data\" = '{{\"nothing\":\"to see\"}}' WHERE \"Sequence\" = 4");
        }

        // When
        using var context = database.Open();
        var result = AuditChain.Verify(context);

        // Then
        Assert.False(result.IsIntact);
        Assert.Equal(4, result.BrokenAt);
        Assert.Equal(3, result.Verified);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Verify_EntryRemoved_NamesTheGap(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        Write(database, 6);
        using (var tamper = database.Open())
        {
            tamper.Database.ExecuteSqlRaw("DELETE FROM audit_entry WHERE \"Sequence\" = 2");
        }

        // When
        using var context = database.Open();
        var result = AuditChain.Verify(context);

        // Then
        Assert.Equal(2, result.BrokenAt);
        Assert.Contains("missing", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Append_TwoWritersAfterTheSameEntry_CannotForkTheChain(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        Write(database, 2);
        using var first = database.Open();
        using var second = database.Open();
        AuditChain.Append(first, _at, new AuditRecord("a", "person.update", "P1", "first", "{}"));
        AuditChain.Append(second, _at, new AuditRecord("b", "person.update", "P1", "second", "{}"));

        // When
        first.SaveChanges();

        // Then
        Assert.Throws<DbUpdateException>(() => second.SaveChanges());
        using var check = database.Open();
        Assert.True(AuditChain.Verify(check).IsIntact);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Verify_EntriesMadeAtAnInstantWithTicksBelowAMicrosecond_IsIntact(string provider)
    {
        // Given: entries appended and sealed at a clock's instant with 100-ns ticks (PostgreSQL stores microseconds)
        var database = TestDatabase.Create(provider);
        var at = Instant.FromUnixTimeTicks(_at.ToUnixTimeTicks() + 7_682_988);
        using (var context = database.Open())
        {
            AuditChain.Append(context, at, new AuditRecord("tester", "person.update", "P1", "test", "{}"));
            context.SaveChanges();
        }

        using (var context = database.Open())
        {
            using var transaction = context.Database.BeginTransaction();
            var deferred = AuditChain.Deferred();
            var entries = new[] { deferred.Next(new AuditRecord("tester", "person.update", "P2", "test", "{}"), at) };
            AuditChain.After(context).Seal(entries);
            context.AuditEntries.AddRange(entries);
            context.SaveChanges();
            transaction.Commit();
        }

        // When
        using var verify = database.Open();
        var result = AuditChain.Verify(verify);

        // Then
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(2, result.Verified);
    }

    private static void Write(RegistryDatabase database, int count)
    {
        using var context = database.Open();
        AuditChain.Append(context, _at, Enumerable.Range(0, count).Select(i => new AuditRecord("tester", "person.update", $"P{i}", "test", $"{{\"i\":{i}}}")));
        context.SaveChanges();
    }
}
