using System.Text.RegularExpressions;
using Overgang.Cli.Tests.Support;

namespace Overgang.Cli.Tests.Generate;

public sealed partial class GenerateCommandTests
{
    [Fact]
    public void Generate_SmallPopulationIntoNewSqliteFile_PrintsTargetsAgainstGenerated()
    {
        // Given
        var database = TempDatabase();

        // When
        var run = CliRun.Of("", "generate", "--persons", "2000", "--seed", "7", "--database", database);

        // Then
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("reception.occupancy", run.Output, StringComparison.Ordinal);
        Snapshot.Match(Timing().Replace(run.Output, "timing ${phase}: <elapsed> s"), "Generate", "persons-2000-seed-7.txt");
    }

    [Fact]
    public void Generate_RegistryAlreadyHoldsPersons_RefusesWithoutReplace()
    {
        // Given
        var database = TempDatabase();
        Assert.Equal(0, CliRun.Of("", "generate", "--persons", "300", "--database", database).ExitCode);

        // When
        var refused = CliRun.Of("", "generate", "--persons", "300", "--database", database);
        var replaced = CliRun.Of("", "generate", "--persons", "200", "--seed", "8", "--database", database, "--replace");

        // Then
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("already holds 300 persons", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--replace", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, replaced.ExitCode);
        Assert.Contains("replaced: 300 persons deleted first", replaced.Output, StringComparison.Ordinal);
        Assert.Contains("200 persons", replaced.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_WithCsv_WritesTheRegistryCsvFiles()
    {
        // Given
        var directory = Path.Combine(Path.GetTempPath(), "overgang-gen-csv-" + Guid.NewGuid().ToString("N"));

        // When
        var run = CliRun.Of("", "generate", "--persons", "500", "--database", TempDatabase(), "--csv", directory);

        // Then
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(501, File.ReadAllLines(Path.Combine(directory, "persons.csv")).Length);
        Assert.StartsWith("id,familyName,givenName,familyNameCyrillic", File.ReadAllText(Path.Combine(directory, "persons.csv")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(directory, "checks.csv")));
    }

    [Fact]
    public void Generate_ZeroPersons_IsBadInput()
    {
        var run = CliRun.Of("", "generate", "--persons", "0", "--database", TempDatabase());
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--persons", run.Error, StringComparison.Ordinal);
    }

    private static string TempDatabase() => Path.Combine(Path.GetTempPath(), "overgang-gen-" + Guid.NewGuid().ToString("N") + ".db");

    [GeneratedRegex(@"timing (?<phase>[^:]+): [0-9.]+ s")]
    private static partial Regex Timing();
}
