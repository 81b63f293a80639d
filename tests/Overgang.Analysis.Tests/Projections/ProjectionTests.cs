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

    private static AssumptionValue Assumption(string id) => ProjectionData.Default.Assumptions.Single(a => a.Id == id).Values.Single();

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
    public void Draws_TransitionalStays_StartAfterTheEnd_StayWithinTheirShare_AndEndWithinTheirMonths()
    {
        // Given: many draws of the baseline; protection ends on 4 March 2027, so the paths start in April
        var april = ProjectionData.Default.Months.IndexOf(new NodaTime.YearMonth(2027, 4));
        var share = Assumption("stays.share");
        var length = Assumption("stays.months");

        // When
        var draws = Projection.Draws(ProjectionData.Default, Scenario("protracted-war"), 200, 7);

        // Then: no one is on a stay before the end or after the longest stay; never more than the highest share of
        // those present; and those on a stay are counted in reception (at least at the lowest municipal share)
        var reception = Assumption("reception.municipal-share");
        Assert.Contains(draws, d => d.TransitionalStays[april] > 0);
        foreach (var draw in draws)
        {
            for (var t = 0; t < draw.End.Length; t++)
            {
                if (t < april || t >= april + (int)Math.Round(length.High!.Value))
                {
                    Assert.Equal(0, draw.TransitionalStays[t]);
                }

                Assert.InRange(draw.TransitionalStays[t], 0, (draw.End[t] * share.High!.Value / 100) + Tolerance);
                Assert.True(draw.Reception[t] + Tolerance >= draw.TransitionalStays[t] * reception.Low!.Value / 100, $"month {t}");
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

    [Fact]
    public void Run_Baseline_EveryOfficialCountInTheProjectedMonthsLiesWithinTheBand()
    {
        // Given: the baseline scenario, calibrated with the revisions known by November 2025
        var result = Projection.Run(ProjectionData.Default, Scenario("protracted-war"), 1000);

        // When: every BRP count and every count of persons in municipal reception in the projected months
        var population = Overgang.Analysis.Reports.ProjectionReading.Figures(result, "population", Overgang.Analysis.Monitor.OfficialFigures.Registered);
        var reception = Overgang.Analysis.Reports.ProjectionReading.Figures(result, "reception", Overgang.Analysis.Monitor.OfficialFigures.MunicipalReception);

        // Then: each lies within the 10-90 band (before the revisions, 123,720 on 6 June 2025 and 135,010 on 2 November 2025 fell outside)
        Assert.True(population.Length >= 3);
        Assert.All(population.Concat(reception), f => Assert.True(f.Within, f.Sentence));
    }

    [Fact]
    public void BackTest_IgnoresRevisionsKnownAfterItsStart()
    {
        // Given: the assumptions without the revisions of arrivals known in June and November 2025
        var text = ProjectionData.Embedded("projections.yaml");
        var withoutRevisions = string.Join('\n', text.Split('\n').Where(line => !line.Contains("known: 2025-", StringComparison.Ordinal)));
        var unrevised = ProjectionData.Parse("p.yaml", withoutRevisions);
        Assert.NotEqual(ProjectionData.Default.Assumptions.Sum(a => a.Values.Length), unrevised.Assumptions.Sum(a => a.Values.Length));

        // When / Then: the back-test is the same with and without them; the projection is not
        Assert.Equal(BackTest.Run(unrevised, 200).Select(r => r.P50), BackTest.Run(ProjectionData.Default, 200).Select(r => r.P50));
        Assert.NotEqual(Projection.Run(unrevised, Scenario("protracted-war"), 200)["population"].P50, Projection.Run(ProjectionData.Default, Scenario("protracted-war"), 200)["population"].P50);
    }

    [Theory]
    [InlineData("{ from: 2025-01, known: 2025-06, value: 650", "{ from: 2025-02, known: 2025-01, value: 650", "is before from")]
    [InlineData("{ from: 2025-01, known: 2025-06, value: 650", "{ from: 2025-01, value: 650", "increasing month order")]
    public void Parse_RevisionNotKnownLater_NamesFileAndLine(string find, string replace, string message)
    {
        var text = ProjectionData.Embedded("projections.yaml").Replace(find, replace, StringComparison.Ordinal);
        var error = Assert.Throws<Overgang.Rules.Parameters.ParameterFileException>(() => ProjectionData.Parse("p.yaml", text));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 1);
    }
}
