using Overgang.Registry.Population;

namespace Overgang.Registry.Tests.Population;

public sealed class PopulationStreamTests
{
    /// <summary>Digests of the rows the generator made before it streamed (commit 52a0237, the whole population in memory).</summary>
    [Theory]
    [InlineData(1, 3, "f148bd1b257d135cc9e42cef4fb8a4bda64e1190f747b3efbfc649847a701e75")]
    [InlineData(2_000, 5, "a8edd7031ee4e95cec34b2a458475d738df0667c24cbb18d403835f5296467a7")]
    [InlineData(25_000, 2027, "382e6ae8b7d39b730e4330ff915fa69b9c652786a33bb1e7c1a5c453d1c1dd7e")]
    [InlineData(60_000, 7, "7beae0699f8177602ad6a98cba8fcb14f595f0237594744044d30445353bb9a0")]
    public void Generate_SameSeedAndSize_GivesTheRowsOfTheInMemoryGenerator(int persons, int seed, string digest)
    {
        // When
        var population = PopulationGenerator.Generate(persons, seed);

        // Then
        Assert.Equal(digest, PopulationDigest.Of(population));
    }

    [Theory]
    [InlineData(1, 3, 1)]
    [InlineData(2_000, 5, 7)]
    [InlineData(25_000, 2027, 1_000)]
    public void Generate_InSlices_GivesTheSameRowsInTheSameOrder(int persons, int seed, int slicePersons)
    {
        // Given
        var slices = new List<Registry.Population.Population>();

        // When
        PopulationGenerator.Generate(persons, seed, slicePersons, slices.Add, null);

        // Then: every slice is bounded, and together they are the population
        Assert.All(slices, s => Assert.True(s.Persons.Length < slicePersons + 8 && s.Placements.Length <= slicePersons, "slice too large"));
        Assert.True(persons < 1_000 || slices.Count(s => s.Persons.Length > 0) > 2);
        var whole = PopulationGenerator.Generate(persons, seed);
        var joined = new Registry.Population.Population(
            seed,
            whole.Date,
            slices.Sum(s => s.Households),
            [.. slices.SelectMany(s => s.Municipalities)],
            [.. slices.SelectMany(s => s.Locations)],
            [.. slices.SelectMany(s => s.Persons)],
            [.. slices.SelectMany(s => s.Parents)],
            [.. slices.SelectMany(s => s.Protections)],
            [.. slices.SelectMany(s => s.Placements)],
            [.. slices.SelectMany(s => s.Absences)],
            [.. slices.SelectMany(s => s.Incomes)],
            [.. slices.SelectMany(s => s.ReturnCommitments)],
            [.. slices.SelectMany(s => s.OtherPermits)]);
        Assert.Equal(PopulationDigest.Of(whole), PopulationDigest.Of(joined));
    }
}
