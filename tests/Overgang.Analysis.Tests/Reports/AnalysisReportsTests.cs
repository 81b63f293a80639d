using System.Text.RegularExpressions;
using Overgang.Analysis.Monitor;
using Overgang.Analysis.Projections;
using Overgang.Analysis.Reforms;
using Overgang.Analysis.Reports;
using Overgang.Analysis.Tests.Support;
using Overgang.Rules.Parameters;

namespace Overgang.Analysis.Tests.Reports;

public sealed partial class AnalysisReportsTests
{
    [GeneratedRegex("""(src|href)\s*=\s*["'](?!data:|#)""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    private static void AssertSelfContained(ReportDocument document)
    {
        Assert.DoesNotMatch(ExternalReference(), document.Html);
        Assert.DoesNotContain("<script", document.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", document.Html, StringComparison.OrdinalIgnoreCase);
        Assert.All(document.Tables, t => Assert.Contains($"<table id=\"{t.Id}\">", document.Html, StringComparison.Ordinal));
        Assert.All(document.Charts, c =>
        {
            Assert.StartsWith("<svg", c.Svg.TrimStart(), StringComparison.Ordinal);
            Assert.Equal([0x89, 0x50, 0x4E, 0x47], c.Png.Take(4));
        });
    }

    [Fact]
    public void ForReform_IsSelfContained_WithATableUnderEveryChart()
    {
        Assert.True(ReformSimulation.TryRun(Populations.Small, ParameterTree.Default, Populations.Reform("threshold-100.yaml"), Populations.Date, Populations.Months, "test", out var report, out _));
        var document = AnalysisReports.ForReform(report);
        AssertSelfContained(document);
        Assert.Equal(3, document.Charts.Length);
    }

    [Fact]
    public void ForScenario_And_ForMonitor_AreSelfContained()
    {
        Assert.True(Projection.TryFind(ProjectionData.Default, "front-collapse", out var scenario));
        AssertSelfContained(AnalysisReports.ForScenario(Projection.Run(ProjectionData.Default, scenario, 100), BackTest.Run(ProjectionData.Default, 100)));
        AssertSelfContained(AnalysisReports.ForMonitor(Scorecards.Default));
    }

    [Fact]
    public void ReportTable_ToCsv_QuotesCellsWithCommasAndQuotes()
    {
        var table = new ReportTable("t", "T", ["a", "b"], [["1,5", "say \"hi\""]]);
        Assert.Equal("a,b\n\"1,5\",\"say \"\"hi\"\"\"\n", table.ToCsv());
    }
}
