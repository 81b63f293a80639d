using System.Text.RegularExpressions;
using Overgang.Cli.Tests.Support;

namespace Overgang.Cli.Tests.Demo;

public sealed partial class DemoCommandTests
{
    [Fact]
    public void Demo_SmallPopulation_PrintsTotalsPerReception()
    {
        // Given / When
        var run = CliRun.Of("", "demo", "--households", "500", "--seed", "7", "--date", "2025-11-01");

        // Then
        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(Timing().Replace(run.Output, "done in <elapsed> s"), "Demo", "households-500-seed-7.txt");
    }

    [Fact]
    public void Demo_DateWithUnknownRates_ReportsHouseholdsThatCannotBeCalculated()
    {
        var run = CliRun.Of("", "demo", "--households", "300", "--date", "2024-03-01");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("need allowance.food.size-3.minor", run.Output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"done in [0-9.]+ s")]
    private static partial Regex Timing();
}
