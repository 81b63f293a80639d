using System.Text;
using Overgang.Analysis.Monitor;
using Overgang.Analysis.Projections;
using Overgang.Analysis.Reforms;
using Overgang.Analysis.Reports;
using Overgang.Analysis.Tests.Support;
using Overgang.Rules.Parameters;

namespace Overgang.Analysis.Tests.Reports;

public sealed class ReportTableSnapshotTests
{
    private static string Text(IEnumerable<ReportTable> tables, int maximumRows = int.MaxValue)
    {
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            text.Append((table with { Rows = [.. table.Rows.Take(maximumRows)] }).ToText()).Append('\n');
        }

        return text.ToString();
    }

    [Theory]
    [InlineData("contribution-105.yaml")]
    [InlineData("cut-off-2025-01-19.yaml")]
    [InlineData("early-end-2026-12-31.yaml")]
    [InlineData("threshold-100.yaml")]
    [InlineData("hand-over-earlier.yaml")]
    public void ReformTables_SmallPopulation_MatchTheApprovedText(string file)
    {
        // Given
        var reform = Populations.Reform(file);

        // When
        Assert.True(ReformSimulation.TryRun(Populations.Small, ParameterTree.Default, reform, Populations.Date, Populations.Horizon, "generated: 3000 persons, seed 2027", out var report, out var missing), missing?.Message);

        // Then: every month of November 2026 to March 2028 (17 rows) is shown
        Snapshot.Match(Text(ReformTables.All(report), maximumRows: 20), "Reforms", Path.GetFileNameWithoutExtension(file) + ".txt");
    }

    [Fact]
    public void ProjectionTables_Baseline_MatchTheApprovedText()
    {
        // Given
        Assert.True(Projection.TryFind(ProjectionData.Default, "protracted-war", out var scenario));

        // When
        var result = Projection.Run(ProjectionData.Default, scenario, 200, Projection.DefaultSeed);
        var backTest = BackTest.Run(ProjectionData.Default, 200, Projection.DefaultSeed);

        // Then
        Snapshot.Match(Text([ProjectionTables.Summary(result), ProjectionTables.BackTestTable(backTest), ProjectionTables.BackTestSummary(backTest), ProjectionTables.Assumptions(result)]), "Projections", "protracted-war.txt");
    }

    [Fact]
    public void MonitorTables_MatchTheApprovedText() =>
        Snapshot.Match(Text(MonitorTables.All(Scorecards.Default)), "Monitor", "monitor.txt");
}
