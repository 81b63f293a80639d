using Overgang.Analysis.Projections;

namespace Overgang.Analysis.Tests.Projections;

public sealed class ProjectionTests
{
    /// <summary>Persons are doubles in the cohort model: sums may differ in the last bits, never by a person.</summary>
    private const double Tolerance = 1e-6;

    private static ProjectionScenario Scenario(string id)
    {
        Assert.True(Projection.TryFind(ProjectionData.Default, id, out var scenario));
        return scenario;
    }

    public static TheoryData<string> Scenarios => [.. ProjectionData.Default.Scenarios.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Draws_EveryMonth_ConservesPersons(string id)
    {
        // Given: many draws of the scenario
        var draws = Projection.Draws(ProjectionData.Default, Scenario(id), 200, 7);

        // Then: start + arrivals - departures = end, and each month starts where the last ended
        foreach (var draw in draws)
        {
            for (var t = 0; t < draw.End.Length; t++)
            {
                Assert.InRange(draw.Start[t] + draw.Arrivals[t] - draw.Departures[t] - draw.End[t], -Tolerance, Tolerance);
                Assert.True(draw.Departures[t] >= 0 && draw.Arrivals[t] >= 0);
                if (t > 0)
                {
                    Assert.InRange(draw.Start[t] - draw.End[t - 1], -Tolerance, Tolerance);
                }
            }
        }
    }

    [Fact]
    public void Run_SameSeed_SameBands_AndBandsAreOrdered()
    {
        // When
        var first = Projection.Run(ProjectionData.Default, Scenario("protracted-war"), 300, 11);
        var second = Projection.Run(ProjectionData.Default, Scenario("protracted-war"), 300, 11);

        // Then
        Assert.Equal(first.Series.SelectMany(s => s.P50), second.Series.SelectMany(s => s.P50));
        Assert.All(first.Series, s => Assert.All(Enumerable.Range(0, s.P50.Length), t => Assert.True(s.P10[t] <= s.P50[t] && s.P50[t] <= s.P90[t], $"{s.Id} month {t}")));
        Assert.True(first["population"].P90[24] > first["population"].P10[24], "uncertain assumptions give a band");
    }

    [Fact]
    public void Run_EarlyEnd_IssuesDocumentsInTheMonthAfterTheNewLastDay()
    {
        // When
        var baseline = Projection.Run(ProjectionData.Default, Scenario("protracted-war"), 50);
        var early = Projection.Run(ProjectionData.Default, Scenario("early-end"), 50);

        // Then
        var january = early.Months.IndexOf(new NodaTime.YearMonth(2027, 1));
        var april = early.Months.IndexOf(new NodaTime.YearMonth(2027, 4));
        Assert.True(early["ind-documents"].P50[january] > 0);
        Assert.Equal(0, baseline["ind-documents"].P50[january]);
        Assert.True(baseline["ind-documents"].P50[april] > 0);
        Assert.Equal(early["ind-documents"].P50[january], early["health-insurance"].P50[january]);
    }

    [Fact]
    public void Default_EveryValueCitesASourceOfTheFile()
    {
        var data = ProjectionData.Default;
        Assert.All(data.Assumptions.Concat(data.Scenarios.SelectMany(s => s.Changes)).SelectMany(a => a.Values), v => Assert.True(data.Sources.ContainsKey(v.SourceId)));
        Assert.Equal(["protracted-war", "ceasefire", "front-collapse", "early-end"], data.Scenarios.Select(s => s.Id));
    }

    [Fact]
    public void Parse_ValueOutsideItsRange_NamesFileAndLine()
    {
        var text = ProjectionData.Embedded("projections.yaml").Replace("value: 1700, low: 1200, high: 2500", "value: 1700, low: 1800, high: 2500", StringComparison.Ordinal);
        var error = Assert.Throws<Overgang.Rules.Parameters.ParameterFileException>(() => ProjectionData.Parse("p.yaml", text));
        Assert.Contains("low <= value <= high", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 1);
    }

    [Fact]
    public void BackTest_UsesOnlyLaterFigures_AndReportsAnError()
    {
        // When
        var rows = BackTest.Run(ProjectionData.Default, 200);

        // Then
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.Date > ProjectionData.Default.Start.OnDayOfMonth(28)));
        Assert.All(rows, r => Assert.True(r.AbsolutePercentageError >= 0));
        Assert.Contains(rows, r => r.Metric == "brp_registered_tp");
    }
}
