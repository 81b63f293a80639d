using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Overgang.Cli.Tests.Support;

namespace Overgang.Cli.Tests.Demo;

public sealed partial class DemoCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("overgang-demo-").FullName;

    private string Database => Path.Combine(_folder, "overgang.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Demo_EmptyRegistry_GeneratesDecidesAndPaysAndPrintsTheSummary()
    {
        // Given / When
        var run = CliRun.Of("", "demo", "--database", Database, "--persons", "1500", "--month", "2026-11");

        // Then
        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(_folder, "payments-2026-11", "totals.csv")));
        Snapshot.Match(Mask(run.Output), "Demo", "persons-1500-seed-2027.txt");
    }

    [Fact]
    public void Demo_WritesTheMonthsListsAsRunMonthWritesThem()
    {
        // Given: the demo's month run, its lists written while it ran
        Assert.Equal(0, CliRun.Of("", "demo", "--database", Database, "--persons", "400", "--month", "2026-11").ExitCode);
        var demo = Path.Combine(_folder, "payments-2026-11");

        // When: `run month` answers the same month (it reuses the finished run and writes its lists from the stored payments)
        var other = Path.Combine(_folder, "run-month-lists");
        var month = CliRun.Of("", "run", "month", "--month", "2026-11", "--payments", other, "--database", Database);

        // Then: the same files, byte for byte: the payment, contribution, hand-over and health-insurance lists
        Assert.Equal(0, month.ExitCode);
        Assert.Contains("reusing month run 1", month.Output, StringComparison.Ordinal);
        var names = Directory.GetFiles(other).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, Directory.GetFiles(demo).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList());
        foreach (var list in new[] { "-contributions.csv", "-hand-over.csv", "-health-insurance.csv", "totals.csv" })
        {
            Assert.Contains(names, n => n!.EndsWith(list, StringComparison.Ordinal));
        }

        foreach (var name in names)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(other, name!)), File.ReadAllBytes(Path.Combine(demo, name!)));
        }
    }

    [Fact]
    public void Demo_SecondTime_UsesThePersonsAlreadyInTheRegistry()
    {
        // Given
        Assert.Equal(0, CliRun.Of("", "demo", "--database", Database, "--persons", "300", "--month", "2026-11").ExitCode);

        // When
        var second = CliRun.Of("", "demo", "--database", Database, "--persons", "300", "--month", "2026-11");

        // Then
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("the registry holds 300 persons: using them", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_SecondTimeOnTheSameRegistry_ReusesBothRunsAndLeavesTheRegistryTheSameSize()
    {
        // Given
        var first = CliRun.Of("", "demo", "--database", Database, "--persons", "300", "--month", "2026-11");
        Assert.Equal(0, first.ExitCode);
        SqliteConnection.ClearAllPools();
        var size = new FileInfo(Database).Length;

        // When
        var second = CliRun.Of("", "demo", "--database", Database, "--persons", "300", "--month", "2026-11");
        SqliteConnection.ClearAllPools();

        // Then
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(size, new FileInfo(Database).Length);
        Assert.Equal(2, RunCount());
        Assert.Contains("reusing decisions run 1 of 22 Nov 2026 11:00: same registry, same parameters", second.Output, StringComparison.Ordinal);
        Assert.Contains("reusing month run 1 of 22 Nov 2026 11:00: same registry, same parameters", second.Output, StringComparison.Ordinal);
        Assert.Equal(Summary(first.Output), Summary(second.Output));
    }

    [Fact]
    public void Demo_WithRerun_StoresNewRunsNumberedPerKind()
    {
        // Given
        Assert.Equal(0, CliRun.Of("", "demo", "--database", Database, "--persons", "200", "--month", "2026-11").ExitCode);

        // When
        var again = CliRun.Of("", "demo", "--database", Database, "--persons", "200", "--month", "2026-11", "--rerun");

        // Then
        Assert.Equal(0, again.ExitCode);
        Assert.DoesNotContain("reusing", again.Output, StringComparison.Ordinal);
        Assert.Contains("(decisions run 2)", again.Output, StringComparison.Ordinal);
        Assert.Contains("month run 2 for 2026-11", again.Output, StringComparison.Ordinal);
        Assert.Equal(4, RunCount());
    }

    [Fact]
    public void Demo_DecisionDateWithoutTransitionParameters_ExitsWith2NamingTheDate()
    {
        var run = CliRun.Of("", "demo", "--database", Database, "--persons", "100", "--date", "2024-12-31");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("\"field\": \"--date\"", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RunAllowance_MonthWithUnknownRates_CountsTheHouseholdsThatCannotBeCalculated()
    {
        // Given
        Assert.Equal(0, CliRun.Of("", "generate", "--database", Database, "--persons", "400").ExitCode);

        // When: from October 2023 the minor rates for households of three or more are not in the sources
        var run = CliRun.Of("", "run", "allowance", "--database", Database, "--month", "2024-03");

        // Then
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"not-calculable +[1-9]", run.Output);
    }

    [Fact]
    public void AuditVerify_AfterTheRuns_IsIntact_AndNamesATamperedEntry()
    {
        // Given
        Assert.Equal(0, CliRun.Of("", "demo", "--database", Database, "--persons", "200", "--month", "2026-11").ExitCode);

        // When
        var intact = CliRun.Of("", "audit", "verify", "--database", Database);
        using (var connection = new SqliteConnection($"Data Source={Database};Pooling=False"))
        {
            connection.Open();
            using var tamper = connection.CreateCommand();
            tamper.CommandText = "UPDATE audit_entry SET \"Data\" = '{}' WHERE \"Sequence\" = 42";
            Assert.Equal(1, tamper.ExecuteNonQuery());
        }

        var broken = CliRun.Of("", "audit", "verify", "--database", Database);

        // Then
        Assert.Equal(0, intact.ExitCode);
        Assert.Matches(@"audit log intact: [0-9,]+ entries verified", intact.Output);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("BROKEN at entry 42", broken.Output, StringComparison.Ordinal);
    }

    private long RunCount()
    {
        using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM batch_run";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>What the demo prints from the first table on, without the timings.</summary>
    private string Summary(string output) => Mask(output[output.IndexOf("Transition decisions on", StringComparison.Ordinal)..]);

    private string Mask(string output) =>
        Timings().Replace(output.Replace(_folder, "<folder>", StringComparison.Ordinal), "timings: <masked>");

    [GeneratedRegex("timings: .*")]
    private static partial Regex Timings();
}
