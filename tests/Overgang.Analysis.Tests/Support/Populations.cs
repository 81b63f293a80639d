using NodaTime;
using Overgang.Analysis.Reforms;
using Overgang.Registry.Population;
using Overgang.Rules.Parameters;

namespace Overgang.Analysis.Tests.Support;

/// <summary>Small generated populations shared by the tests (generated once per size).</summary>
public static class Populations
{
    private static readonly Lazy<PopulationIndex> _small = new(() => PopulationIndex.Of(PopulationGenerator.Generate(3_000, PopulationGenerator.DefaultSeed)));

    /// <summary>3,000 persons, the default seed.</summary>
    public static PopulationIndex Small => _small.Value;

    /// <summary>The decision date of the tests: the last day of protection.</summary>
    public static LocalDate Date { get; } = new(2027, 3, 4);

    /// <summary>November 2026 to March 2027.</summary>
    public static IReadOnlyList<YearMonth> Months { get; } = [new(2026, 11), new(2026, 12), new(2027, 1), new(2027, 2), new(2027, 3)];

    /// <summary>November 2026 to March 2028: protection, the hand-overs and the end of the reception year.</summary>
    public static IReadOnlyList<YearMonth> Horizon { get; } = [.. Enumerable.Range(0, 17).Select(i => new YearMonth(2026, 11).PlusMonths(i))];

    /// <summary>Reads a shipped reform file against the default parameters.</summary>
    public static Reform Reform(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Reforms", name);
        Assert.True(Overgang.Rules.Parameters.Reform.TryParse(new ParameterFile(name, File.ReadAllText(path)), ParameterTree.Default, out var reform, out var error), error?.Message);
        return reform;
    }
}
