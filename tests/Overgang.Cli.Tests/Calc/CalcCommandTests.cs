using System.Text.Json;
using Overgang.Cli.Tests.Support;

namespace Overgang.Cli.Tests.Calc;

public sealed class CalcCommandTests
{
    [Fact]
    public void Calc_ContractExample_WritesTheHouseholdsAsJson()
    {
        // Given / When
        var run = CliRun.Of("", "calc", "--input", CliRun.Input("calc-contract-example.json"));

        // Then
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Snapshot.Match(run.Output, "Calc", "contract-example.json");
    }

    [Fact]
    public void Calc_FromStandardInput_GivesTheSameOutputAsFromAFile()
    {
        // Given
        var text = File.ReadAllText(CliRun.Input("calc-contract-example.json"));

        // When
        var fromStdin = CliRun.Of(text, "calc", "-");
        var fromFile = CliRun.Of("", "calc", "--input", CliRun.Input("calc-contract-example.json"));

        // Then
        Assert.Equal(0, fromStdin.ExitCode);
        Assert.Equal(fromFile.Output, fromStdin.Output);
    }

    [Fact]
    public void Calc_Output_FollowsTheContractFieldsAndTypes()
    {
        // Given / When
        var run = CliRun.Of("", "calc", "--input", CliRun.Input("calc-contract-example.json"));
        using var document = JsonDocument.Parse(run.Output);

        // Then
        var household = document.RootElement.GetProperty("households")[0];
        Assert.Equal("2025-11-01", document.RootElement.GetProperty("date").GetString());
        foreach (var field in new[] { "size", "adults", "income", "allowance", "allowanceBeforeIncome", "contribution" })
        {
            Assert.Equal(JsonValueKind.Number, household.GetProperty(field).ValueKind);
        }

        Assert.Equal(JsonValueKind.Array, household.GetProperty("members").ValueKind);
        Assert.Equal(JsonValueKind.Object, household.GetProperty("thresholds").ValueKind);
        var item = household.GetProperty("explanation")[0];
        Assert.Equal("household.formation", item.GetProperty("rule").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("value").ValueKind);
        Assert.All(household.GetProperty("explanation").EnumerateArray(), e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("reference").GetString())));
    }

    [Theory]
    [InlineData("not-json", "{ not json")]
    [InlineData("not-an-object", "[1, 2]")]
    [InlineData("missing-date", """{ "persons": [ { "id": "p1", "birthDate": "1990-01-01", "reception": "municipal" } ] }""")]
    [InlineData("bad-date", """{ "date": "2025-13-01", "persons": [ { "id": "p1", "birthDate": "1990-01-01", "reception": "municipal" } ] }""")]
    [InlineData("no-persons", """{ "date": "2025-11-01", "persons": [] }""")]
    [InlineData("bad-birthdate", """{ "date": "2025-11-01", "persons": [ { "id": "p1", "birthDate": "1990-01-01", "reception": "municipal" }, { "id": "p2", "birthDate": "01-02-1990", "reception": "municipal" } ] }""")]
    [InlineData("missing-id", """{ "date": "2025-11-01", "persons": [ { "birthDate": "1990-01-01", "reception": "municipal" } ] }""")]
    [InlineData("bad-reception", """{ "date": "2025-11-01", "persons": [ { "id": "p1", "birthDate": "1990-01-01", "reception": "hotel" } ] }""")]
    [InlineData("negative-income", """{ "date": "2025-11-01", "persons": [ { "id": "p1", "birthDate": "1990-01-01", "reception": "municipal", "monthlyIncome": -5 } ] }""")]
    [InlineData("three-decimals", """{ "date": "2025-11-01", "persons": [ { "id": "p1", "birthDate": "1990-01-01", "reception": "municipal", "monthlyIncome": 10.005 } ] }""")]
    [InlineData("income-as-text", """{ "date": "2025-11-01", "persons": [ { "id": "p1", "birthDate": "1990-01-01", "reception": "municipal", "monthlyIncome": "1000" } ] }""")]
    [InlineData("partner-not-mutual", """{ "date": "2025-11-01", "persons": [ { "id": "p1", "birthDate": "1990-01-01", "reception": "municipal", "partnerId": "p2" }, { "id": "p2", "birthDate": "1990-01-01", "reception": "municipal" } ] }""")]
    [InlineData("parent-unknown", """{ "date": "2025-11-01", "persons": [ { "id": "c1", "birthDate": "2015-01-01", "reception": "municipal", "parentIds": ["x9"] } ] }""")]
    [InlineData("unknown-parameter", """{ "date": "2024-03-01", "persons": [ { "id": "p1", "birthDate": "1990-01-01", "reception": "municipal" }, { "id": "c1", "birthDate": "2015-01-01", "reception": "municipal", "parentIds": ["p1"] }, { "id": "c2", "birthDate": "2016-01-01", "reception": "municipal", "parentIds": ["p1"] } ] }""")]
    [InlineData("before-the-scheme", """{ "date": "2021-01-01", "persons": [ { "id": "p1", "birthDate": "1990-01-01", "reception": "municipal" } ] }""")]
    [InlineData("override-too-high", """{ "date": "2025-11-01", "persons": [ { "id": "p1", "birthDate": "1990-01-01", "reception": "municipal", "monthlyIncome": 700 } ], "hardshipOverrides": [ { "memberId": "p1", "contribution": 300, "reason": "x" } ] }""")]
    [InlineData("override-without-reason", """{ "date": "2025-11-01", "persons": [ { "id": "p1", "birthDate": "1990-01-01", "reception": "municipal" } ], "hardshipOverrides": [ { "memberId": "p1", "contribution": 0 } ] }""")]
    [InlineData("override-unknown-member", """{ "date": "2025-11-01", "persons": [ { "id": "p1", "birthDate": "1990-01-01", "reception": "municipal" } ], "hardshipOverrides": [ { "memberId": "zz", "contribution": 0, "reason": "x" } ] }""")]
    public void Calc_BadInput_ExitsWith2AndNamesTheField(string name, string input)
    {
        // Given / When
        var run = CliRun.Of(input, "calc", "-");

        // Then
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        using var error = JsonDocument.Parse(run.Error);
        Assert.False(string.IsNullOrWhiteSpace(error.RootElement.GetProperty("field").GetString()));
        Snapshot.Match(run.Error, "Calc", $"error-{name}.json");
    }

    [Fact]
    public void Calc_NoInputGiven_ExitsWith2()
    {
        var run = CliRun.Of("", "calc");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("\"field\": \"--input\"", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Calc_UnknownFields_AreIgnored()
    {
        var run = CliRun.Of("""{ "date": "2025-11-01", "extra": 1, "persons": [ { "id": "p1", "birthDate": "1990-01-01", "reception": "municipal", "shoeSize": 44 } ] }""", "calc", "-");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"allowance\": 314.84", run.Output, StringComparison.Ordinal);
    }
}
