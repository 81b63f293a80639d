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

    [Fact]
    public void ForScenario_OpensWithASummaryOfFiveNumbersAndOneChart_AndStatesTheOfficialFiguresOnTheCharts()
    {
        // Given
        Assert.True(Projection.TryFind(ProjectionData.Default, "protracted-war", out var scenario));
        var result = Projection.Run(ProjectionData.Default, scenario, 200);

        // When
        var document = AnalysisReports.ForScenario(result, BackTest.Run(ProjectionData.Default, 200));

        // Then: the summary comes before anything else, with five figures and the population chart
        var html = document.Html;
        var summary = html.IndexOf("<section class=\"summary\"", StringComparison.Ordinal);
        Assert.True(summary > 0 && html.IndexOf("</section>", StringComparison.Ordinal) < html.IndexOf("<p>" + WebUtility(scenario.Description), StringComparison.Ordinal), "the summary precedes the introduction");
        Assert.Equal(5, document.Summary.Figures.Length);
        Assert.Equal("projection-population", document.Summary.Chart.Id);
        Assert.Equal("summary", document.Tables[0].Id);
        Assert.Contains("Registered on 2 November 2025 (BRP)", document.Summary.Figures.Select(f => f.Label));
        Assert.Contains("135,010", document.Summary.Figures.Select(f => f.Value));
        Assert.Equal(document.Charts.Length, Regex.Count(html, "<svg "));

        // Then: each official count on the population chart is stated against the band, and reception against the places
        var population = document.Charts.Single(c => c.Id == "projection-population");
        Assert.Equal(OfficialFigures.Of(OfficialFigures.Registered).Count(f => f.Date.Year >= 2025), population.Notes.Length);
        Assert.All(population.Notes, n => Assert.Matches(@"^Official [\d,]+ on \d+ \w+ \d{4}: (within|below|above) the", n));
        var reception = document.Charts.Single(c => c.Id == "projection-reception");
        Assert.Contains(reception.Notes, n => n.StartsWith("Projected municipal reception (median) exceeds the published places (92,450 from 2025-01, 96,830 from 2025-10", StringComparison.Ordinal));
        Assert.All(population.Notes.Concat(reception.Notes), n => Assert.Contains(WebUtility(n), html, StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_NumbersAndMonthsDoNotWrap_AndWideTablesScrollInsideTheirBox()
    {
        Assert.True(Projection.TryFind(ProjectionData.Default, "protracted-war", out var scenario));
        var html = AnalysisReports.ForScenario(Projection.Run(ProjectionData.Default, scenario, 50), BackTest.Run(ProjectionData.Default, 50)).Html;

        Assert.Contains("td.n{white-space:nowrap}", html, StringComparison.Ordinal);
        Assert.Contains("div.table{overflow-x:auto", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"n\">2027-03</td>", html, StringComparison.Ordinal);
        Assert.Equal(Regex.Count(html, "<table "), Regex.Count(html, "<div class=\"table\">\n<table ") + 1); // the summary's table is the one without a scroll box
    }

    [Fact]
    public void ForReform_And_ForMonitor_OpenWithFiveNumbers()
    {
        Assert.True(ReformSimulation.TryRun(Populations.Small, ParameterTree.Default, Populations.Reform("threshold-100.yaml"), Populations.Date, Populations.Months, "test", out var report, out _));
        var reform = AnalysisReports.ForReform(report);
        Assert.Equal(5, reform.Summary.Figures.Length);
        Assert.Equal("reform-months", reform.Summary.Chart.Id);
        Assert.Equal(Cells(report.Persons), reform.Summary.Figures[0].Value);

        var monitor = AnalysisReports.ForMonitor(Scorecards.Default);
        Assert.Equal(5, monitor.Summary.Figures.Length);
        Assert.Equal("135,010", monitor.Summary.Figures[0].Value);
    }

    private static string Cells(int value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static string WebUtility(string text) => System.Net.WebUtility.HtmlEncode(text);
}
