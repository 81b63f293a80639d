using NodaTime;
using Overgang.Rules.Parameters;

namespace Overgang.Rules.Tests.Parameters;

public sealed class ReformTests
{
    private static ReformError Error(string text)
    {
        Assert.False(Reform.TryParse(new ParameterFile("bad.yaml", text), ParameterTree.Default, out _, out var error));
        return error;
    }

    [Fact]
    public void TryParse_UnknownParameter_NamesFileAndLine()
    {
        // When
        var error = Error("""
            reform: x
            title: x
            description: x
            changes:
              - id: no.such.parameter
                rationale: x
                values:
                  - { from: 2026-12-01, value: 1, source: R4 }
            """);

        // Then
        Assert.Equal("bad.yaml", error.File);
        Assert.Equal(5, error.Line);
        Assert.StartsWith("bad.yaml:5: parameter no.such.parameter is not in the parameter tree", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ from: 2026-12-01, value: 1.234, source: R4 }", "at most two decimals")]
    [InlineData("{ from: 2026-12-01, value: 105.00 }", "every value needs a source")]
    [InlineData("{ from: 2026-12-01, value: 105.00, source: NOPE }", "source 'NOPE' is not in sources.yaml")]
    [InlineData("{ from: 2026-13-01, value: 105.00, source: R4 }", "'from' must be a date")]
    public void TryParse_BadValue_NamesTheLineOfTheValue(string value, string problem)
    {
        // When
        var error = Error($"""
            reform: x
            title: x
            description: x
            changes:
              - id: contribution.operating
                rationale: x
                values:
                  - {value}
            """);

        // Then
        Assert.Equal(8, error.Line);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_MissingRationale_IsAnError()
    {
        var error = Error("""
            reform: x
            title: x
            description: x
            changes:
              - id: contribution.operating
                values:
                  - { from: 2026-12-01, value: 105.00, source: R4 }
            """);
        Assert.Contains("'rationale' is required", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyTo_KeepsEarlierValues_ReplacesLaterOnes_AndAddsSources()
    {
        // Given
        Assert.True(Reform.TryParse(new ParameterFile("r.yaml", """
            reform: r
            title: r
            description: r
            sources:
              - { id: RX, cite: 'a reform source', title: t, location: l }
            changes:
              - id: contribution.operating
                rationale: r
                values:
                  - { from: 2026-12-01, value: 150.00, source: RX }
            """), ParameterTree.Default, out var reform, out var error), error?.Message);

        // When
        var tree = reform.ApplyTo(ParameterTree.Default);

        // Then
        var values = tree["contribution.operating"].Values;
        Assert.Equal([new LocalDate(2024, 7, 1), new LocalDate(2025, 10, 1), new LocalDate(2026, 12, 1)], values.Select(v => v.From));
        Assert.Equal(150.00m, values[^1].Amount.Euros);
        Assert.Equal("a reform source", tree.Sources["RX"].Cite);
        Assert.NotEqual(ParameterTree.Default.Version, tree.Version);
        Assert.Equal(ParameterTree.Default["contribution.catering"], tree["contribution.catering"]);
    }
}
