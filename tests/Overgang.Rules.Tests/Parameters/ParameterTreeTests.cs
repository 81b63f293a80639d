using NodaTime;
using Overgang.Rules.Parameters;

namespace Overgang.Rules.Tests.Parameters;

public sealed class ParameterTreeTests
{
    [Fact]
    public void Default_EveryValue_CitesASourceInTheCatalogue()
    {
        // Given
        var tree = ParameterTree.Default;

        // When
        var uncited = tree.Definitions.SelectMany(d => d.Values.Select(v => (d.Id, v)))
            .Where(x => string.IsNullOrWhiteSpace(x.v.SourceId) || !tree.Sources.ContainsKey(x.v.SourceId))
            .ToList();

        // Then
        Assert.NotEmpty(tree.Definitions);
        Assert.Empty(uncited);
        Assert.All(tree.Sources.Values, s => Assert.False(string.IsNullOrWhiteSpace(s.Cite)));
    }

    [Fact]
    public void TryRead_UnknownValue_NamesTheParameterAndDate()
    {
        // Given
        var tree = ParameterTree.Default;

        // When
        var found = tree.TryRead("allowance.food.size-3.minor", new LocalDate(2024, 3, 1), out _, out var missing);

        // Then
        Assert.False(found);
        Assert.Equal("allowance.food.size-3.minor", missing!.ParameterId);
        Assert.Contains("2024-03-01", missing.Message, StringComparison.Ordinal);
    }
}
