using System.Text.Json;
using Overgang.Cli.Tests.Support;

namespace Overgang.Cli.Tests.Calc;

/// <summary><c>overgang calc</c> for months after the last day of protection (docs/contracts/cli-json.md, "Months after protection ends").</summary>
public sealed class CalcAfterProtectionTests
{
    [Fact]
    public void Calc_AfterProtectionExample_SaysPerHouseholdWhatHolds()
    {
        // Given / When
        var run = CliRun.Of("", "calc", "--input", CliRun.Input("calc-after-protection.json"));

        // Then: the family of the first cohort is on social assistance, the return participant keeps the allowance
        // until departure, the asylum seeker is in asylum reception
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        using var document = JsonDocument.Parse(run.Output);
        var households = document.RootElement.GetProperty("households").EnumerateArray().ToList();
        Assert.Equal(["p1,p2,c1", "g1", "a1"], households.Select(h => string.Join(',', h.GetProperty("members").EnumerateArray().Select(m => m.GetString()))));
        Assert.Equal(["social-assistance", "allowance", "ended"], households.Select(h => h.GetProperty("provision").GetString()));

        var family = households[0];
        Assert.Equal(0m, family.GetProperty("allowance").GetDecimal());
        var assistance = family.GetProperty("socialAssistance");
        Assert.Equal(3, assistance.GetProperty("costSharers").GetInt32()); // p1, p2 and g1, who stays until departure
        Assert.Equal(450.00m, assistance.GetProperty("income").GetDecimal());
        Assert.Equal(assistance.GetProperty("norm").GetDecimal() - 450.00m, assistance.GetProperty("amount").GetDecimal());
        Assert.Contains("provisions.hand-over.cohort-1.date", family.GetProperty("provisionalParameters").EnumerateArray().Select(p => p.GetString()));

        Assert.True(households[1].GetProperty("allowance").GetDecimal() > 0m);
        Assert.Equal(JsonValueKind.Null, households[1].GetProperty("socialAssistance").ValueKind);
        Assert.Equal(0m, households[2].GetProperty("allowance").GetDecimal());
        Assert.Contains(households[2].GetProperty("explanation").EnumerateArray(), e => e.GetProperty("rule").GetString() == "provisions.ended");
        Snapshot.Match(run.Output, "Calc", "after-protection.json");
    }

    [Theory]
    [InlineData("2027-06-30", "allowance")]
    [InlineData("2027-07-01", "ended")]
    public void Calc_ReturnParticipant_KeepsTheAllowanceUntilDeparture(string date, string provision)
    {
        // Given
        var input = $$"""{ "date": "{{date}}", "persons": [ { "id": "r1", "birthDate": "1980-01-01", "reception": "municipal", "path": "return-programme", "departureDate": "2027-06-30" } ] }""";

        // When
        var run = CliRun.Of(input, "calc", "-");

        // Then
        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var household = document.RootElement.GetProperty("households")[0];
        Assert.Equal(provision, household.GetProperty("provision").GetString());
        Assert.Equal(provision == "allowance", household.GetProperty("allowance").GetDecimal() > 0m);
    }

    [Fact]
    public void Calc_OnTheLastDayOfProtection_IgnoresThePath()
    {
        // Given
        const string without = """{ "date": "2027-03-04", "persons": [ { "id": "p1", "birthDate": "1980-01-01", "reception": "municipal", "monthlyIncome": 100 } ] }""";
        const string with = """{ "date": "2027-03-04", "persons": [ { "id": "p1", "birthDate": "1980-01-01", "reception": "municipal", "monthlyIncome": 100, "path": "asylum-procedure" } ] }""";

        // When
        var a = CliRun.Of(without, "calc", "-");
        var b = CliRun.Of(with, "calc", "-");

        // Then
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(a.Output, b.Output);
        Assert.DoesNotContain("\"provision\"", a.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing-path", """{ "date": "2027-03-05", "persons": [ { "id": "p1", "birthDate": "1980-01-01", "reception": "municipal", "path": "transition-document" }, { "id": "p2", "birthDate": "1980-01-01", "reception": "municipal" } ] }""", "persons[1].path")]
    [InlineData("missing-departure", """{ "date": "2027-04-01", "persons": [ { "id": "p1", "birthDate": "1980-01-01", "reception": "municipal", "path": "return-programme" } ] }""", "persons[0].departureDate")]
    [InlineData("unknown-path", """{ "date": "2027-04-01", "persons": [ { "id": "p1", "birthDate": "1980-01-01", "reception": "municipal", "path": "holiday" } ] }""", "persons[0].path")]
    [InlineData("bad-departure", """{ "date": "2027-04-01", "persons": [ { "id": "p1", "birthDate": "1980-01-01", "reception": "municipal", "path": "return-programme", "departureDate": "2027-02-30" } ] }""", "persons[0].departureDate")]
    public void Calc_AfterProtectionWithoutThePath_ExitsWith2AndNamesTheField(string name, string input, string field)
    {
        // Given / When
        var run = CliRun.Of(input, "calc", "-");

        // Then
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        using var error = JsonDocument.Parse(run.Error);
        Assert.True(field == error.RootElement.GetProperty("field").GetString(), $"{name}: {run.Error}");
    }
}
