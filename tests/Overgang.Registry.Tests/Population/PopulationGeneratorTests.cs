using System.Collections.Immutable;
using Overgang.Registry.Population;
using Overgang.Rules;
using Overgang.Rules.Households;

namespace Overgang.Registry.Tests.Population;

public sealed class PopulationGeneratorTests
{
    private static readonly Lazy<Registry.Population.Population> _twentyThousand = new(() => PopulationGenerator.Generate(20_000, PopulationGenerator.DefaultSeed));

    [Fact]
    public void Generate_SameSeedAndSize_WritesByteIdenticalCsv()
    {
        // Given
        var first = Temp();
        var second = Temp();

        // When
        PopulationCsv.Write(PopulationGenerator.Generate(3_000, 11), first);
        PopulationCsv.Write(PopulationGenerator.Generate(3_000, 11), second);

        // Then
        foreach (var file in PopulationCsv.Files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file)));
        }
    }

    [Fact]
    public void Generate_DifferentSeed_GivesDifferentPersons()
    {
        // Given / When
        var a = PopulationGenerator.Generate(3_000, 11);
        var b = PopulationGenerator.Generate(3_000, 12);

        // Then
        Assert.NotEqual(a.Persons.Select(p => (p.GivenName, p.BirthDate)), b.Persons.Select(p => (p.GivenName, p.BirthDate)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(1_001)]
    public void Generate_AnySize_GivesExactlyThatManyPersonsWithOnePlacementAndProtectionInNL(int size)
    {
        // Given / When
        var population = PopulationGenerator.Generate(size, 3);

        // Then
        Assert.Equal(size, population.Persons.Length);
        Assert.Equal(size, population.Placements.Length);
        Assert.Equal(size, population.Protections.Count(p => p.MemberState == "NL"));
        Assert.Equal(size, population.Persons.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void Summary_TwentyThousandPersons_EveryTargetWithinTolerance()
    {
        // Given / When
        var summary = PopulationSummary.Compute(_twentyThousand.Value);

        // Then
        Assert.Equal(Calibration.Targets.Length, summary.Length);
        var outside = summary.Where(r => !r.IsWithinTolerance).Select(r => $"{r.Target.Id}: target {r.Target.Value:0.00}, generated {r.Generated:0.00}").ToList();
        Assert.Empty(outside);
    }

    [Theory]
    [InlineData("reception.municipal", 75.0, 2.0)]
    [InlineData("work.share", 61.0, 2.0)]
    [InlineData("reception.occupancy", 99.6, 0.3)]
    [InlineData("nationality.other", 3.97, 1.0)]
    public void Summary_TwentyThousandPersons_KeyTargetsFromTheBrief(string id, double target, double tolerance)
    {
        var row = PopulationSummary.Compute(_twentyThousand.Value).Single(r => r.Target.Id == id);
        Assert.InRange(row.Generated, target - tolerance, target + tolerance);
    }

    [Fact]
    public void Generate_Households_FormWithoutErrorsUnderTheAllowanceRules()
    {
        // Given
        var population = _twentyThousand.Value;
        var parents = population.Parents.GroupBy(p => p.PersonId).ToDictionary(g => g.Key, g => g.Select(p => p.ParentId).ToImmutableArray());
        var facts = population.Persons.Select(p => new PersonFacts(p.Id, p.BirthDate, p.PartnerId, parents.GetValueOrDefault(p.Id, []), Money.Zero, Reception.Municipal)).ToList();

        // When
        var formed = HouseholdFormation.TryForm(facts, population.Date, 18, out var households, out var error);

        // Then
        Assert.True(formed, error?.Message);
        Assert.True(households.Length >= population.Households);
    }

    [Fact]
    public void Generate_Relations_StayWithinTheRegisteredHousehold()
    {
        // Given
        var population = _twentyThousand.Value;
        var byId = population.Persons.ToDictionary(p => p.Id);
        var household = population.Persons.GroupBy(p => p.HouseholdId).ToDictionary(g => g.Key, g => g.Count());
        var withParent = population.Parents.Select(p => p.PersonId).ToHashSet();

        // Then: partner links are mutual and within the household
        foreach (var person in population.Persons.Where(p => p.PartnerId is not null))
        {
            var partner = byId[person.PartnerId!];
            Assert.Equal(person.Id, partner.PartnerId);
            Assert.Equal(person.HouseholdId, partner.HouseholdId);
        }

        // Then: every responsible adult lives in the child's household and is an adult
        foreach (var link in population.Parents)
        {
            Assert.Equal(byId[link.PersonId].HouseholdId, byId[link.ParentId].HouseholdId);
            Assert.True(byId[link.ParentId].BirthDate.PlusYears(18) <= population.Date);
        }

        // Then: every minor has a responsible adult, except unaccompanied minors who live alone
        foreach (var minor in population.Persons.Where(p => p.BirthDate.PlusYears(18) > population.Date))
        {
            Assert.True(withParent.Contains(minor.Id) || household[minor.HouseholdId] == 1, $"minor {minor.Id} has no responsible adult");
        }

        // Then: every municipal placement points at a location of the person's municipality with room for its occupants
        var locations = population.Locations.ToDictionary(l => l.Id);
        foreach (var placement in population.Placements.Where(p => p.LocationId is not null))
        {
            Assert.True(locations[placement.LocationId!].Opened <= placement.From);
        }

        foreach (var group in population.Placements.Where(p => p.LocationId is not null).GroupBy(p => p.LocationId!))
        {
            Assert.True(group.Count() <= locations[group.Key].Capacity);
        }
    }

    [Fact]
    public void Generate_Names_LatinIsTheTransliterationOfCyrillic()
    {
        var population = _twentyThousand.Value;
        foreach (var person in population.Persons.Where(p => p.GivenNameCyrillic is not null))
        {
            Assert.Equal(UkrainianTransliteration.ToLatin(person.GivenNameCyrillic!), person.GivenName);
            Assert.Equal(UkrainianTransliteration.ToLatin(person.FamilyNameCyrillic!), person.FamilyName);
        }

        Assert.Contains(population.Persons, p => p.GivenNameCyrillic is null && p.UkrainianResidence == "temporary");
    }

    private static string Temp()
    {
        var directory = Path.Combine(Path.GetTempPath(), "overgang-csv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }
}
