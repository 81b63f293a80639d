using NodaTime;
using Overgang.Linkage.Encoding;
using Overgang.Linkage.Scoring;
using Overgang.Linkage.Settings;

namespace Overgang.Linkage.Tests;

public sealed class LinkageDataTests
{
    [Fact]
    public void Default_ReadFromTheDataFile_HasTheValuesTheBenchmarkWasMeasuredWith()
    {
        // Given: the values that were in code until stop 25 (the benchmark's figures of stop 24 were measured with them)
        var before = new LinkageParameters(new LocalDate(2026, 11, 30), "project assumption (docs/linkage.md; measured on the synthetic benchmark, bench/README.md)",
            0.99, 0.5, 0.88, 0.92, 1_000, 200_000, 50_000, 1e-6, 500, 0.002);

        // When / Then: the embedded file gives the same values
        Assert.Equal(before, LinkageParameters.Default);
    }

    [Fact]
    public void V1_ReadFromTheDataFile_HasTheValuesOfTheSharedScheme()
    {
        var before = new EncodingScheme("overgang-clk-v1", new LocalDate(2026, 11, 30),
            "project assumption (CLK after Schnell, Bachteler and Reiher 2009; thresholds measured on the synthetic benchmark)",
            512, 256, 5, 0.999, 0.80, 0.62, 0.999, 0.80, 0.64, 0.45);

        Assert.Equal(before, EncodingScheme.V1);
    }

    [Fact]
    public void Parameters_ADatedEntry_IsInForceFromItsSince()
    {
        // Given: a file whose match threshold changes on 1 March 2027
        var text = LinkageData.Embedded(LinkageData.ParametersFile).Replace(
            "      value: 0.99\n      assumption: project\n",
            "      value: 0.99\n      assumption: project\n      reason: first\n    - since: 2027-03-01\n      value: 0.995\n      source: 'a later measurement'\n",
            StringComparison.Ordinal);

        // When / Then: before the day the old value, from it the new one
        Assert.Equal(0.99, LinkageData.Parameters("changed.yaml", text, new LocalDate(2027, 2, 28)).MatchProbability);
        Assert.Equal(0.995, LinkageData.Parameters("changed.yaml", text, new LocalDate(2027, 3, 1)).MatchProbability);
        Assert.Equal(new LocalDate(2027, 3, 1), LinkageData.Parameters("changed.yaml", text).Since);
    }

    [Theory]
    [InlineData("    - since: 2026-11-30\n      value: 0.99\n", "    - since: 2026-11-30\n      value: high\n", 10, "'matchProbability': 'value' must be a number")]
    [InlineData("      value: 0.5\n      assumption: project\n", "      value: 0.5\n", 15, "give either a 'source' or 'assumption: project'")]
    [InlineData("      value: 1000\n", "      value: 1000.5\n", 30, "'maxBlockSize' must be a whole number")]
    [InlineData("  emTolerance:\n", "  emTolerances:\n", 44, "unknown value 'emTolerances'")]
    public void Parameters_AMalformedFile_IsRefusedNamingFileAndLine(string find, string replace, int line, string problem)
    {
        var text = LinkageData.Embedded(LinkageData.ParametersFile);
        Assert.Contains(find, text, StringComparison.Ordinal);
        var broken = text.Replace(find, replace, StringComparison.Ordinal);

        var error = Assert.Throws<LinkageDataException>(() => LinkageData.Parameters("linkage-parameters.yaml", broken));

        Assert.Equal(line, error.Line);
        Assert.StartsWith($"linkage-parameters.yaml:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scheme_AFilterSizeNotAMultipleOf64_IsRefusedNamingFileAndLine()
    {
        var broken = LinkageData.Embedded(LinkageData.SchemeFile).Replace("      value: 256\n", "      value: 250\n", StringComparison.Ordinal);

        var error = Assert.Throws<LinkageDataException>(() => LinkageData.Scheme("encoding-scheme.yaml", broken));

        Assert.Contains("encoding-scheme.yaml:", error.Message, StringComparison.Ordinal);
        Assert.Contains("'dateBits' must be a multiple of 64", error.Message, StringComparison.Ordinal);
    }
}
