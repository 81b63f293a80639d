using Overgang.Cli.Tests.Support;

namespace Overgang.Cli.Tests.Analysis;

public sealed class AnalysisCommandTests
{
    private static string Reform(string name) => Path.Combine(AppContext.BaseDirectory, "Reforms", name);

    [Fact]
    public void Simulate_SmallPopulation_PrintsTheDifferences()
    {
        // When
        var run = CliRun.Of("", "simulate", "--reform", Reform("contribution-105.yaml"), "--persons", "1500");

        // Then
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("reform contribution-105", run.Output, StringComparison.Ordinal);
        Assert.Contains("population: generated: 1500 persons, seed 2027; decisions on 2027-03-04; months 2026-11 to 2028-03", run.Output, StringComparison.Ordinal);
        Assert.Contains("2028-03", run.Output.Split("Households per provision")[1], StringComparison.Ordinal);
        Assert.Contains("Persons per transition path", run.Output, StringComparison.Ordinal);
        Assert.Contains("Registered households", run.Output, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Simulate_SmallPopulation_PrintsTheCostsPerOrganisationAndYear()
    {
        // When
        var run = CliRun.Of("", "simulate", "--reform", Reform("threshold-100.yaml"), "--persons", "300");

        // Then: the baseline, the reform and the counterfactual per organisation and year, with bands
        Assert.Equal(0, run.ExitCode);
        var costs = run.Output[run.Output.IndexOf("Costs per organisation and calendar year", StringComparison.Ordinal)..];
        Snapshot.Match(costs, "Analysis", "simulate-costs.txt");
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Simulate_NoCosts_LeavesTheCostTablesOut()
    {
        var run = CliRun.Of("", "simulate", "--reform", Reform("threshold-100.yaml"), "--persons", "300", "--no-costs");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Persons per transition path", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Costs per organisation", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Reform_WritesTheCostTables()
    {
        var folder = Directory.CreateTempSubdirectory("overgang-report-").FullName;
        var run = CliRun.Of("", "report", "--reform", Reform("threshold-100.yaml"), "--persons", "300", "--out", folder, "--no-pdf");
        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(Path.Combine(folder, "report.html"));
        Assert.Contains("<table id=\"costs-organisations\">", html, StringComparison.Ordinal);
        Assert.Contains("counterfactual central", html, StringComparison.Ordinal);
        Assert.Contains("COA, jaarverslag 2023", html, StringComparison.Ordinal);
        var csv = File.ReadAllText(Path.Combine(folder, "tables", "costs-organisations.csv"));
        Assert.StartsWith("year,organisation,baseline central,baseline p10,baseline p90,reform central", csv, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "tables", "costs-unit-costs.csv")));
    }

    [Fact]
    public void Simulate_FromFebruaryToJune2027_ReportsEveryMonthWithSocialAssistance()
    {
        // When
        var run = CliRun.Of("", "simulate", "--reform", Reform("hand-over-earlier.yaml"), "--persons", "1500", "--from", "2027-02", "--to", "2027-06");

        // Then: five months, after March on social assistance, in the money and the caseload tables
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("months 2027-02 to 2027-06", run.Output, StringComparison.Ordinal);
        var money = run.Output.Split("estimated social assistance per month")[1].Split("Households per provision")[0];
        var rows = money.Split('\n').Where(l => l.TrimStart().StartsWith("2027-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["2027-02", "2027-03", "2027-04", "2027-05", "2027-06"], rows.Select(l => l.Trim()[..7]));
        Assert.Contains("Households per provision and reception places per month", run.Output, StringComparison.Ordinal);
        Assert.Contains("Provisions per month and municipality", run.Output, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Simulate_MonthWithAnUnknownParameter_NamesTheMonthAndTheParameter_Exit2()
    {
        // Given: a reform that leaves the absence maximum unknown from June 2027
        var file = Path.Combine(Directory.CreateTempSubdirectory("overgang-reform-").FullName, "unknown.yaml");
        File.WriteAllText(file, """
            reform: unknown-absence
            title: The absence maximum unknown from June 2027
            description: A month that cannot be simulated.
            changes:
              - id: reception.absence-maximum-days
                rationale: test
                values:
                  - { from: 2027-06-01, unknown: true, source: R10 }
            """);

        // When
        var run = CliRun.Of("", "simulate", "--reform", file, "--persons", "100", "--from", "2027-02", "--to", "2027-07");

        // Then
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the month 2027-06 cannot be simulated: parameter reception.absence-maximum-days is unknown on 2027-06-01", run.Error, StringComparison.Ordinal);
        Assert.Contains("\"parameter\": \"reception.absence-maximum-days\"", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Simulate_BadReformFile_NamesFileAndLine_Exit2()
    {
        // Given
        var file = Path.Combine(Directory.CreateTempSubdirectory("overgang-reform-").FullName, "bad.yaml");
        File.WriteAllText(file, """
            reform: bad
            title: bad
            description: a value without a source
            changes:
              - id: contribution.operating
                rationale: test
                values:
                  - { from: 2026-12-01, value: 150.00 }
            """);

        // When
        var run = CliRun.Of("", "simulate", "--reform", file, "--persons", "100");

        // Then
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{file}:8: parameter contribution.operating from 2026-12-01: every value needs a source", run.Error, StringComparison.Ordinal);
        Assert.Contains("\"field\": \"--reform\"", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("--reform", "no-such-file.yaml")]
    [InlineData("--date", "2027-02-30")]
    [InlineData("--from", "2027-04", "--to", "2027-03")]
    [InlineData("--persons", "0")]
    public void Simulate_BadOption_Exit2(params string[] options)
    {
        string[] args = ["simulate", .. options];
        if (!options.Contains("--persons"))
        {
            args = [.. args, "--persons", "100"];
        }

        if (!options.Contains("--reform"))
        {
            args = [.. args, "--reform", Reform("threshold-100.yaml")];
        }

        var run = CliRun.Of("", args);
        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual("", run.Error);
    }

    [Fact]
    public void Project_UnknownScenario_ListsTheScenarios_Exit2()
    {
        var run = CliRun.Of("", "project", "--scenario", "peace");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("protracted-war, ceasefire, front-collapse, early-end", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_Ceasefire_PrintsSummaryAndBackTest()
    {
        var run = CliRun.Of("", "project", "--scenario", "ceasefire", "--draws", "100");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("scenario ceasefire: Ceasefire in 2027", run.Output, StringComparison.Ordinal);
        Assert.Contains("MAPE", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("135010", "135,010")]
    [InlineData("171717.97", "171,717.97")]
    [InlineData("-12345.60", "-12,345.60")]
    [InlineData("+1234567", "+1,234,567")]
    [InlineData("999", "999")]
    [InlineData("0.6", "0.6")]
    [InlineData("2027-03", "2027-03")]
    [InlineData("2027-03-04", "2027-03-04")]
    [InlineData("GM0363", "GM0363")]
    public void TablePrinter_GroupsPlainNumbersOnly(string cell, string shown) =>
        Assert.Equal(shown, Overgang.Cli.Analysis.TablePrinter.Grouped(cell));

    [Fact]
    public void Project_PrintsCountsGroupedInThousands_LikeEveryOtherTable()
    {
        var run = CliRun.Of("", "project", "--scenario", "protracted-war", "--draws", "100");
        Assert.Equal(0, run.ExitCode);
        var summary = run.Output.Split("totals and peaks")[1].Split('\n').First(l => l.TrimStart().StartsWith("population", StringComparison.Ordinal));
        Assert.Matches(@"\b1\d\d,\d{3}\b", summary);
        Assert.DoesNotMatch(@"\b1\d{5}\b", summary);
    }

    [Fact]
    public void Monitor_PrintsFiguresAndScorecards() =>
        Snapshot.Match(CliRun.Of("", "monitor").Output, "Analysis", "monitor.txt");

    [Fact]
    public void Report_Monitor_WritesHtmlChartsAndTables()
    {
        // Given
        var folder = Directory.CreateTempSubdirectory("overgang-report-").FullName;

        // When
        var run = CliRun.Of("", "report", "--monitor", "--out", folder, "--no-pdf");

        // Then
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder, "report.html")));
        Assert.True(File.Exists(Path.Combine(folder, "charts", "monitor-figures.svg")));
        Assert.True(File.Exists(Path.Combine(folder, "charts", "monitor-factors.png")));
        Assert.True(File.Exists(Path.Combine(folder, "tables", "monitor-indicators.csv")));
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("--monitor", "--scenario", "ceasefire")]
    [InlineData]
    public void Report_NotExactlyOneSubject_Exit2(params string[] subject)
    {
        var run = CliRun.Of("", ["report", "--out", Path.GetTempPath(), .. subject]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("exactly one of --reform FILE, --scenario NAME or --monitor", run.Error, StringComparison.Ordinal);
    }
}
