using System.Text.Json;
using Overgang.Cli.Tests.Support;
using Overgang.Registry;

namespace Overgang.Cli.Tests.Platform;

/// <summary><c>overgang platform-report</c> on the fixture registry: approved CSV and JSON, the same for a past month whatever day it is run.</summary>
public sealed class PlatformReportCommandTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "overgang-platform-" + Guid.NewGuid().ToString("N") + ".db");

    public PlatformReportCommandTests()
    {
        var database = RegistryDatabase.Parse(_file);
        database.Migrate();
        PlatformFixture.Seed(database);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void PlatformReport_January_MatchesTheApprovedFile(string format)
    {
        // When
        var run = CliRun.Of("", "platform-report", "--month", "2026-01", "--format", format, "--database", _file);

        // Then
        Assert.True(run.ExitCode == 0, run.Error);
        Snapshot.Match(run.Output, "Platform", $"fixture-2026-01.{format}");
    }

    [Fact]
    public void PlatformReport_APastMonth_DoesNotDependOnToday()
    {
        // When
        var then = CliRun.Of(FixedClock.On(2026, 2, 1), "", "platform-report", "--month", "2026-01", "--format", "json", "--database", _file);
        var later = CliRun.Of(FixedClock.On(2028, 6, 30), "", "platform-report", "--month", "2026-01", "--format", "json", "--database", _file);

        // Then
        Assert.Equal(0, then.ExitCode);
        Assert.Equal(then.Output, later.Output);
        using var json = JsonDocument.Parse(then.Output);
        Assert.Equal(3, json.RootElement.GetProperty("totals").GetProperty("active").GetInt32());
    }

    [Fact]
    public void PlatformReport_WithOut_WritesTheFileAndSaysWhat()
    {
        // Given
        var output = Path.ChangeExtension(_file, ".csv");

        // When
        var run = CliRun.Of("", "platform-report", "--month", "2026-01", "--out", output, "--database", _file);

        // Then
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("platform report 2026-01: 3 active, 4 inactive, 1 new, 3 ended; written to", run.Output, StringComparison.Ordinal);
        Assert.StartsWith("month,member_state,measure,reason,age_group,sex,count\n", File.ReadAllText(output), StringComparison.Ordinal);
        File.Delete(output);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("9999-12")]
    public void PlatformReport_ABadMonth_ExitsTwoNamingTheOption(string month)
    {
        // When
        var run = CliRun.Of("", "platform-report", "--month", month, "--database", _file);

        // Then
        Assert.Equal(2, run.ExitCode);
        using var json = JsonDocument.Parse(run.Error);
        Assert.Equal("--month", json.RootElement.GetProperty("field").GetString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_file)!, Path.GetFileName(_file) + "*"))
        {
            File.Delete(file);
        }
    }
}
