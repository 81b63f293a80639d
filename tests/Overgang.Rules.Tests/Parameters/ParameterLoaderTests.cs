using Overgang.Rules.Parameters;

namespace Overgang.Rules.Tests.Parameters;

public sealed class ParameterLoaderTests
{
    private const string Sources = """
        sources:
          - { id: S1, cite: a source, title: a title, location: somewhere }
        """;

    private static ParameterFileException Refuse(string yaml) =>
        Assert.Throws<ParameterFileException>(() => ParameterTree.Load([new ParameterFile("sources.yaml", Sources), new ParameterFile("area.yaml", yaml)]));

    [Fact]
    public void Load_ValueWithoutSource_NamesFileAndLine()
    {
        var error = Refuse("""
            area: a
            parameters:
              - id: a.x
                description: x
                unit: EUR/month
                values:
                  - { from: 2024-01-01, value: 1.00 }
            """);
        Assert.Equal("area.yaml", error.File);
        Assert.Equal(7, error.Line);
        Assert.Contains("needs a source", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ from: 2024-01-01, value: 1.00, source: S9 }", "not in sources.yaml")]
    [InlineData("{ from: 2024-01-01, value: 1.005, source: S1 }", "at most two decimals")]
    [InlineData("{ from: 2024-13-01, value: 1.00, source: S1 }", "'from' must be a date")]
    [InlineData("{ from: 2024-01-01, source: S1 }", "either a value or 'unknown: true'")]
    [InlineData("{ from: 2024-01-01, value: 1.00, unknown: true, source: S1 }", "either a value or 'unknown: true'")]
    public void Load_BadValue_SaysWhatIsWrong(string value, string expected)
    {
        var error = Refuse($"""
            area: a
            parameters:
              - id: a.x
                description: x
                unit: EUR/month
                values:
                  - {value}
            """);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(7, error.Line);
    }

    [Fact]
    public void Load_DatesNotIncreasing_IsRefused()
    {
        var error = Refuse("""
            area: a
            parameters:
              - id: a.x
                description: x
                unit: percent
                values:
                  - { from: 2024-01-01, value: 10, source: S1 }
                  - { from: 2023-01-01, value: 11, source: S1 }
            """);
        Assert.Contains("increasing date order", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RegimeValueNotAllowed_IsRefused()
    {
        var error = Refuse("""
            area: a
            parameters:
              - id: a.r
                description: r
                unit: regime
                allowed: [one, two]
                values:
                  - { from: 2024-01-01, value: three, source: S1 }
            """);
        Assert.Contains("one of one, two", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedYaml_NamesTheFile()
    {
        var error = Refuse("area: a\nparameters: [ { id: x");
        Assert.Equal("area.yaml", error.File);
    }

    [Fact]
    public void Load_SameIdTwice_IsRefused()
    {
        var parameter = """
              - id: a.x
                description: x
                unit: count
                values:
                  - { from: 2024-01-01, value: 1, source: S1 }
            """;
        var error = Refuse($"area: a\nparameters:\n{parameter}\n{parameter}");
        Assert.Contains("already defined", error.Message, StringComparison.Ordinal);
    }
}
