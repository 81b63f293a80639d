using Microsoft.Data.Sqlite;
using Overgang.Cli.Tests.Support;

namespace Overgang.Cli.Tests.Runs;

/// <summary><c>overgang run month</c> (alias <c>run allowance</c>) after protection ends: the four lists per municipality.</summary>
public sealed class RunMonthTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("overgang-run-month-").FullName;

    private string Database => Path.Combine(_folder, "overgang.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("run", "month", "--month", "9999-12")]
    [InlineData("run", "allowance", "--month", "1990-01")]
    [InlineData("run", "decisions", "--date", "9999-03-04")]
    [InlineData("demo", "--persons", "10", "--month", "9999-12")]
    public void Run_AMonthOutsideTheRules_IsRefusedNamingTheOption_AsTheApiRefusesIt(params string[] arguments)
    {
        // When: a month or date the rules' parameters do not cover (the API answers 400 for the same)
        var run = CliRun.Of("", [.. arguments, "--database", Database]);

        // Then: exit 2, the option named, and no registry written
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(Overgang.Rules.Parameters.RuleMonths.Of(Overgang.Rules.Parameters.ParameterTree.Default).Message, run.Error, StringComparison.Ordinal);
        Assert.Contains(arguments.Contains("--date") ? "\"field\": \"--date\"" : "\"field\": \"--month\"", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Database));
    }

    [Fact]
    public void RunMonth_APaymentsFolderThatCannotBeMade_IsRefusedNamingTheOption_BeforeTheRegistryIsTouched()
    {
        // Given: a path under a file
        var file = Path.Combine(_folder, "a-file");
        File.WriteAllText(file, "");

        // When
        var run = CliRun.Of("", "run", "month", "--month", "2027-06", "--payments", Path.Combine(file, "lists"), "--database", Database);

        // Then: exit 2, one JSON error naming the option and the folder, no stack trace, no registry
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("\"field\": \"--payments\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("cannot be made", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Database));
    }

    [Fact]
    public void RunMonth_AfterProtection_WritesTheFourListsPerMunicipalityAndPrintsTheirTotals_AndRunAllowanceDoesTheSame()
    {
        // Given: a generated registry, decided on the last day of protection
        Assert.Equal(0, CliRun.Of("", "generate", "--database", Database, "--persons", "400").ExitCode);
        Assert.Equal(0, CliRun.Of("", "run", "decisions", "--database", Database, "--date", "2027-03-04").ExitCode);

        // When
        var month = CliRun.Of("", "run", "month", "--database", Database, "--month", "2027-06", "--payments", Path.Combine(_folder, "month"));
        var alias = CliRun.Of("", "run", "allowance", "--database", Database, "--month", "2027-06", "--payments", Path.Combine(_folder, "alias"));

        // Then
        Assert.Equal("", month.Error);
        Assert.Equal(0, month.ExitCode);
        Assert.Contains("lists per municipality", month.Output, StringComparison.Ordinal);
        Assert.Contains("hand-over", month.Output, StringComparison.Ordinal);
        var files = Directory.GetFiles(Path.Combine(_folder, "month")).Select(Path.GetFileName).ToList();
        var codes = files.Where(f => f!.EndsWith("-hand-over.csv", StringComparison.Ordinal)).Select(f => f![..^"-hand-over.csv".Length]).ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, code =>
        {
            Assert.Contains($"{code}.csv", files);
            Assert.Contains($"{code}-contributions.csv", files);
            Assert.Contains($"{code}-health-insurance.csv", files);
        });
        Assert.Contains("social-assistance", File.ReadAllText(Path.Combine(_folder, "month", "totals.csv")) + string.Concat(codes.Select(c => File.ReadAllText(Path.Combine(_folder, "month", $"{c}.csv")))), StringComparison.Ordinal);
        Assert.Equal(0, alias.ExitCode);
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(_folder, "month", file!)), File.ReadAllText(Path.Combine(_folder, "alias", file!)));
        }
    }
}
