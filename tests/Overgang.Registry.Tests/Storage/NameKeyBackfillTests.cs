using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Registry.Storage;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Storage;

/// <summary>A registry from before the name keys were stored (empty keys) gets them filled, on both databases.</summary>
public sealed class NameKeyBackfillTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Blank_name_keys_are_filled_from_the_names_and_the_persons_versions_and_the_revision_stay(string provider)
    {
        // Given: three persons whose keys are blanked, as the migration left them in an older registry
        var database = TestDatabase.Create(provider);
        long revision;
        List<long> versions;
        using (var setup = database.Open())
        {
            setup.Municipalities.Add(new Municipality { Code = "GM0363", Name = "Amsterdam" });
            var first = SchemaTests.NewPerson("P1", new LocalDate(1985, 3, 15));
            first.FamilyName = "Shevchenko";
            first.GivenName = "Oleksandr Petrovych";
            var second = SchemaTests.NewPerson("P2", new LocalDate(1990, 1, 1));
            var third = SchemaTests.NewPerson("P3", new LocalDate(2000, 6, 1));
            third.FamilyName = "Shevchenko";
            third.GivenName = "Anna";
            setup.Persons.AddRange(first, second, third);
            setup.SaveChanges();
            setup.Persons.ExecuteUpdate(s => s.SetProperty(p => p.FamilyNameKey, "").SetProperty(p => p.GivenNameKey, ""));
            revision = setup.Revision.AsNoTracking().Single(r => r.Id == 1).Value;
            versions = [.. setup.Persons.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Version)];
        }

        using (var blank = database.Open())
        {
            Assert.Equal(3, blank.Persons.Count(p => p.FamilyNameKey == "" && p.GivenNameKey == ""));
        }

        // When
        var filled = NameKeyBackfill.Run(database);
        var again = NameKeyBackfill.Run(database);

        // Then: the keys of the names, found by a transliteration and by Cyrillic; a second run has nothing to do
        Assert.Equal(3, filled);
        Assert.Equal(0, again);
        using var read = database.Open();
        var persons = read.Persons.AsNoTracking().OrderBy(p => p.Id).ToList();
        Assert.All(persons, p => Assert.Equal((NameSearchKey.Of(p.FamilyName), NameSearchKey.OfFirstGiven(p.GivenName)), (p.FamilyNameKey, p.GivenNameKey)));
        Assert.All(persons, p => Assert.NotEqual("", p.FamilyNameKey));
        var aleksandr = NameSearchKey.Of("Aleksandr");
        var shevchenko = NameSearchKey.Of("Шевченко");
        Assert.Equal(["P1"], read.Persons.Where(p => p.GivenNameKey == aleksandr && p.FamilyNameKey == shevchenko).Select(p => p.Id).ToList());
        Assert.Equal(["P1", "P3"], read.Persons.Where(p => p.FamilyNameKey == shevchenko).OrderBy(p => p.Id).Select(p => p.Id).ToList());
        Assert.Equal(versions, persons.Select(p => p.Version));
        Assert.Equal(revision, read.Revision.AsNoTracking().Single(r => r.Id == 1).Value);
    }
}
