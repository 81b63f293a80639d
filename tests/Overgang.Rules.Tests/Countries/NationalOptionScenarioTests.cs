using NodaTime.Text;
using Overgang.Rules.Countries;
using Overgang.Rules.Parameters;

namespace Overgang.Rules.Tests.Countries;

/// <summary>Scenario files under Scenarios/countries: member states of a person on a date and the national options expected there.</summary>
public sealed class NationalOptionScenarioTests
{
    private static string Directory => ScenarioFolder.Of("countries");

    public static TheoryData<string> Files() => ScenarioFolder.Names(Directory);

    [Theory]
    [MemberData(nameof(Files))]
    public void For_Scenario_GivesTheExpectedOptions(string file)
    {
        // Given
        var scenario = ScenarioFolder.Read<CountryScenario>(Directory, file);
        var date = LocalDatePattern.Iso.Parse(scenario.Date).GetValueOrThrow();

        // When
        var options = CountryPackages.Default.For(scenario.MemberStates, date, ParameterTree.Default);

        // Then
        Assert.Equal(scenario.Expected.Select(e => (e.MemberState, e.Option)), options.Select(o => (o.MemberState, o.OptionId)));
        foreach (var (expected, option) in scenario.Expected.Zip(options))
        {
            var context = $"{file} / {expected.MemberState} {expected.Option}";
            Assert.True(expected.Known == option.Known, $"{context}: known={option.Known} ({string.Join("; ", option.Missing)})");
            Assert.True(expected.Provisional == option.Provisional, $"{context}: provisional={option.Provisional}");
            Assert.True(expected.MaxDuration == option.MaxDuration?.ToString(), $"{context}: maxDuration {option.MaxDuration}");
            Assert.True(expected.AvailableFrom == option.AvailableFrom?.ToString("yyyy-MM-dd", null), $"{context}: availableFrom {option.AvailableFrom}");
            Assert.True(expected.StatusKnown == option.Status is not null, $"{context}: status {option.Status}");
            if (expected.Conditions is not null)
            {
                Assert.Equal(expected.Conditions, option.Conditions);
            }

            Assert.Equal(expected.Unknown.Count, option.Missing.Length);
            foreach (var (mention, missing) in expected.Unknown.Zip(option.Missing))
            {
                Assert.True(missing.Contains(mention, StringComparison.Ordinal), $"{context}: '{missing}' does not name '{mention}'");
            }

            foreach (var mention in expected.ReferenceMentions)
            {
                Assert.True(option.Reference.Contains(mention, StringComparison.Ordinal), $"{context}: reference '{option.Reference}' does not name '{mention}'");
            }
        }
    }

    [Fact]
    public void Scenarios_Together_CoverEveryPackagedOption()
    {
        // Given
        var scenarios = ScenarioFolder.All<CountryScenario>(Directory);

        // When
        var covered = scenarios.SelectMany(s => s.Expected).Select(e => e.Option).ToHashSet(StringComparer.Ordinal);

        // Then
        Assert.All(CountryPackages.Default.Packages.SelectMany(p => p.Options), o => Assert.Contains(o.Id, covered));
        Assert.Contains(scenarios.SelectMany(s => s.Expected), e => !e.Known && e.StatusKnown);
    }

    private sealed class CountryScenario
    {
        public string Name { get; set; } = "";

        public string Date { get; set; } = "";

        public List<string> MemberStates { get; set; } = [];

        public List<OptionExpectation> Expected { get; set; } = [];
    }

    private sealed class OptionExpectation
    {
        public string MemberState { get; set; } = "";

        public string? Option { get; set; }

        public bool Known { get; set; }

        public bool Provisional { get; set; }

        public bool StatusKnown { get; set; } = true;

        public string? MaxDuration { get; set; }

        public string? AvailableFrom { get; set; }

        public List<string>? Conditions { get; set; }

        public List<string> Unknown { get; set; } = [];

        public List<string> ReferenceMentions { get; set; } = [];
    }
}
