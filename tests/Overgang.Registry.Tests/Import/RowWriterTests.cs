using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Import;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Import;

public sealed class RowWriterTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Update_PersonChangedElsewhereSinceItWasLoaded_FailsInsteadOfOverwriting(string provider)
    {
        // Given: a person loaded at version 0, then changed by someone else (version 1)
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Relations);
        using var context = database.Open();
        var loaded = context.Persons.AsNoTracking().Single(p => p.Id == "P0000001");
        using (var other = database.Open())
        {
            other.Database.ExecuteSqlRaw("UPDATE person SET \"GivenName\" = 'Olena Mykolaivna', \"Version\" = \"Version\" + 1 WHERE \"Id\" = 'P0000001'");
        }

        // When
        using var transaction = context.Database.BeginTransaction();
        using var writer = new RowWriter(context);
        loaded.FamilyName = "Kovalenko";
        loaded.Version = 1;
        var failure = Record.Exception(() =>
        {
            writer.Update(loaded, originalVersion: 0);
            writer.Flush();
        });

        // Then
        Assert.IsType<DbUpdateConcurrencyException>(failure);
        Assert.Same(loaded, writer.Failed);
        transaction.Rollback();
        using var after = database.Open();
        var stored = after.Persons.Single(p => p.Id == "P0000001");
        Assert.Equal(("Kovalova", "Olena Mykolaivna", 1L), (stored.FamilyName, stored.GivenName, stored.Version));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Update_PersonAtTheLoadedVersion_WritesEveryColumnAndTheNewVersion(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Relations);
        using var context = database.Open();
        var loaded = context.Persons.AsNoTracking().Single(p => p.Id == "P0000001");

        // When
        using (var transaction = context.Database.BeginTransaction())
        {
            using var writer = new RowWriter(context);
            loaded.FamilyName = "Kovalenko";
            loaded.Version = 1;
            writer.Update(loaded, originalVersion: 0);
            writer.Flush();
            transaction.Commit();
        }

        // Then
        using var after = database.Open();
        var stored = after.Persons.Single(p => p.Id == "P0000001");
        Assert.Equal(("Kovalenko", "Ковальова", 1L), (stored.FamilyName, stored.FamilyNameCyrillic, stored.Version));
    }
}
