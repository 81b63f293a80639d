using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Population;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Population;

public sealed class PopulationStoreTests
{
    private static readonly Instant _at = Instant.FromUtc(2026, 11, 22, 12, 0);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Load_GeneratedPopulation_RoundTripsEveryTable(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        var population = PopulationGenerator.Generate(2_000, 5);

        // When
        PopulationStore.Load(database, population, _at, replace: false);

        // Then: counts equal the generated counts
        using var context = database.Open();
        Assert.Equal(population.Municipalities.Length, context.Municipalities.Count());
        Assert.Equal(population.Locations.Length, context.Locations.Count());
        Assert.Equal(population.Persons.Length, context.Persons.Count());
        Assert.Equal(population.Parents.Length, context.Parents.Count());
        Assert.Equal(population.Protections.Length, context.Protections.Count());
        Assert.Equal(population.Placements.Length, context.Placements.Count());
        Assert.Equal(population.Absences.Length, context.Absences.Count());
        Assert.Equal(population.Incomes.Length, context.Incomes.Count());
        Assert.Equal(population.ReturnCommitments.Length, context.ReturnCommitments.Count());
        Assert.Equal(population.OtherPermits.Length, context.OtherPermits.Count());
        Assert.Equal(population.Incomes.Sum(i => i.Months.Months.Sum(m => m.AmountCents)), context.Incomes.AsEnumerable().Sum(i => i.Months.Months.Sum(m => m.AmountCents)));

        // Then: a sample person reads back with Cyrillic names and dates intact
        var sample = population.Persons.First(p => p.GivenNameCyrillic is not null && p.PartnerId is not null);
        var stored = context.Persons.AsNoTracking().Single(p => p.Id == sample.Id);
        Assert.Equal((sample.GivenNameCyrillic, sample.FamilyNameCyrillic, sample.GivenName, sample.BirthDate, sample.PartnerId), (stored.GivenNameCyrillic, stored.FamilyNameCyrillic, stored.GivenName, stored.BirthDate, stored.PartnerId));
        var placement = population.Placements.First(p => p.PersonId == sample.Id);
        var storedPlacement = context.Placements.AsNoTracking().Single(p => p.PersonId == sample.Id);
        Assert.Equal((placement.Reception, placement.LocationId, placement.Address, placement.From), (storedPlacement.Reception, storedPlacement.LocationId, storedPlacement.Address, storedPlacement.From));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Load_GeneratedPopulation_OneAuditEntryPerPersonAndTheChainVerifies(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        var population = PopulationGenerator.Generate(1_500, 5);

        // When
        PopulationStore.Load(database, population, _at, replace: false);

        // Then
        using var context = database.Open();
        var verification = AuditChain.Verify(context);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(population.Persons.Length, verification.Verified);
        Assert.Equal(population.Persons.Length, context.Audit.Count(a => a.Action == "person.create" && a.Actor == "generate:seed-5"));
        Assert.Equal(_at, context.Audit.First().At);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Load_Replace_DeletesTheOldPopulationAndContinuesTheAuditChain(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        PopulationStore.Load(database, PopulationGenerator.Generate(1_000, 1), _at, replace: false);

        // When
        var report = PopulationStore.Load(database, PopulationGenerator.Generate(800, 2), _at, replace: true);

        // Then
        using var context = database.Open();
        Assert.Equal(1_000, report.DeletedPersons);
        Assert.Equal(800, context.Persons.Count());
        var verification = AuditChain.Verify(context);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(1_000 + 1 + 800, verification.Verified);

        // Then: rows added afterwards through EF get fresh generated keys
        context.Absences.Add(new Model.Absence { PersonId = "P00000001", From = new LocalDate(2026, 1, 1), To = new LocalDate(2026, 1, 3) });
        context.SaveChanges();
    }
}
