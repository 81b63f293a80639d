using System.Text.Json;
using Overgang.Cli.Tests.Support;

namespace Overgang.Cli.Tests.ParameterCatalogue;

public sealed class ParamsCommandTests
{
    [Theory]
    [InlineData("2022-06-01")]
    [InlineData("2024-03-01")]
    [InlineData("2025-11-01")]
    public void Params_OnADate_ListsWhatIsInForce(string date)
    {
        var run = CliRun.Of("", "params", "--date", date);
        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Output, "Params", $"table-{date}.txt");
    }

    [Fact]
    public void Params_Json_GivesEveryParameterWithStatusAndSource()
    {
        // Given / When
        var run = CliRun.Of("", "params", "--date", "2024-03-01", "--format", "json");

        // Then
        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var rows = document.RootElement.GetProperty("parameters").EnumerateArray().ToList();
        var unknown = rows.Single(r => r.GetProperty("id").GetString() == "allowance.food.size-3.minor");
        Assert.Equal("unknown", unknown.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("value").ValueKind);
        var clothing = rows.Single(r => r.GetProperty("id").GetString() == "allowance.clothing");
        Assert.Equal("60.71", clothing.GetProperty("value").GetString());
        Assert.Equal("2023-10-01", clothing.GetProperty("since").GetString());
        Assert.Equal("R2", clothing.GetProperty("source").GetString());
    }

    [Fact]
    public void Params_WithoutDate_UsesTodayInTheNetherlands()
    {
        // 2025-09-30 23:30 UTC is already 1 October in Amsterdam: the 2025-10 parameters apply.
        var run = CliRun.Of(new FixedClock(NodaTime.Instant.FromUtc(2025, 9, 30, 23, 30)), "", "params", "--format", "json");
        Assert.Contains("\"date\": \"2025-10-01\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Params_BadDate_ExitsWith2()
    {
        var run = CliRun.Of("", "params", "--date", "yesterday");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--date", run.Error, StringComparison.Ordinal);
    }
}
