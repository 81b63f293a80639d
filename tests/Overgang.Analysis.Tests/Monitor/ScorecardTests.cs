using Overgang.Analysis.Monitor;

namespace Overgang.Analysis.Tests.Monitor;

public sealed class ScorecardTests
{
    private const string TwoPeriods = """
        aggregation: unweighted means
        periods:
          - id: p1
            title: first
            source: s
            status: scored
            domains:
              - id: d
                title: domain
                source: s
                factors:
                  - id: f1
                    title: one
                    indicators:
                      - { id: a, title: a, score: 2, source: s, rationale: r }
                      - { id: b, title: b, score: -1, source: s, rationale: r }
                  - id: f2
                    title: two
                    indicators:
                      - { id: c, title: c, score: 1, source: s, rationale: r }
          - id: p2
            title: second
            source: s
            status: scored
            domains:
              - id: d
                title: domain
                source: s
                factors:
                  - id: f1
                    title: one
                    indicators:
                      - { id: a, title: a, score: 0, source: s, rationale: r }
          - id: p3
            title: third
            source: s
            status: not-scored
            missing: the figures are images
            domains: []
        """;

    [Fact]
    public void Aggregation_IsTheUnweightedMeanOfIndicatorsThenOfFactors()
    {
        // When
        var cards = Scorecards.Parse("t.yaml", TwoPeriods);
        var domain = cards.Periods[0].Domains[0];

        // Then
        Assert.Equal(0.5, domain.Factors[0].Mean);
        Assert.Equal(1.0, domain.Factors[1].Mean);
        Assert.Equal(0.75, domain.Mean);
    }

    [Fact]
    public void Compare_ShowsTheChange_AndNothingWhereAPeriodIsNotScored()
    {
        // Given
        var cards = Scorecards.Parse("t.yaml", TwoPeriods);

        // When
        var changes = Scorecards.Compare(cards.Periods[0], cards.Periods[1]);
        var missing = Scorecards.Compare(cards.Periods[1], cards.Periods[2]);

        // Then
        Assert.Equal(-0.5, changes.Single(c => c.Factor == "f1").Change);
        Assert.Null(changes.Single(c => c.Factor == "f2").Change);
        Assert.Equal(-0.75, changes.Single(c => c.Factor.Length == 0).Change);
        Assert.All(missing, c => Assert.Null(c.Change));
        Assert.False(cards.Periods[2].IsScored);
    }

    [Fact]
    public void Parse_ScoreOutsideTheScale_NamesFileAndLine()
    {
        var error = Assert.Throws<Overgang.Rules.Parameters.ParameterFileException>(() => Scorecards.Parse("t.yaml", TwoPeriods.Replace("score: 2,", "score: 3,", StringComparison.Ordinal)));
        Assert.Equal(15, error.Line);
        Assert.Contains("from -2 to +2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_June2024_MatchesTheAnnex()
    {
        // The sums per domain in clingendael-2024.md §1.5: Ukraine +1, EU +5, Netherlands +3 over 20, 24 and 15 indicators.
        var june = Scorecards.Default.Periods[0];
        Assert.Equal("2024-06", june.Id);
        Assert.Equal([(20, 1), (24, 5), (15, 3)], june.Domains.Select(d => (d.Factors.Sum(f => f.Indicators.Length), d.Factors.Sum(f => f.Indicators.Sum(i => i.Score)))));
        Assert.Equal([4, 5, 3], june.Domains.Select(d => d.Factors.Length));
        Assert.All(june.Domains.SelectMany(d => d.Factors).SelectMany(f => f.Indicators), i => Assert.False(string.IsNullOrWhiteSpace(i.Rationale)));
        Assert.False(Scorecards.Default.Periods[1].IsScored);
    }

    [Fact]
    public void Default_June2025_IsTheReportsFactorStructure_NotScoredYet()
    {
        // The factors of 001:58-74 (Ukraine), 001:970-972 (EU) and 001:1562-1564 (the Netherlands), each with one indicator.
        var june = Scorecards.Default.Periods.Single(p => p.Id == "2025-06");
        Assert.Equal([("ukraine", 4), ("eu", 3), ("netherlands", 5)], june.Domains.Select(d => (d.Id, d.Factors.Length)));
        Assert.All(june.Domains.SelectMany(d => d.Factors), f => Assert.Null(f.Mean));
        Assert.All(june.AllIndicators(), x => Assert.Contains("001:", x.Indicator.Source, StringComparison.Ordinal));
        Assert.False(june.IsScored);
    }

    [Fact]
    public void With_AppliesTheLatestEnteredVersion_AndTheMeansFollow()
    {
        // Given: two versions for one indicator, one for another
        var at = NodaTime.Instant.FromUtc(2026, 11, 22, 9, 0);
        var entered = new[]
        {
            new EnteredScore("2025-06", "netherlands", "huisvesting", "factor-as-a-whole", 1, -1, null, "j1", "r1", "a", at),
            new EnteredScore("2025-06", "netherlands", "huisvesting", "factor-as-a-whole", 2, 2, -1, "j2", "r2", "b", at),
            new EnteredScore("2025-06", "netherlands", "statuszekerheid", "factor-as-a-whole", 1, -1, null, "j", "r", "a", at),
        };

        // When
        var june = Scorecards.Default.With(entered).Periods.Single(p => p.Id == "2025-06");

        // Then: version 2 counts; the domain mean is over the scored factors only
        var netherlands = june.Domains.Single(d => d.Id == "netherlands");
        var housing = netherlands.Factors.Single(f => f.Id == "huisvesting");
        Assert.Equal((2, 2), (housing.Indicators[0].Score!.Value, housing.Indicators[0].Version));
        Assert.Equal(0.5, netherlands.Mean);
        Assert.Null(june.Domains.Single(d => d.Id == "ukraine").Mean);
        Assert.True(june.IsScored);
        Assert.Equal(Scorecards.Default.Periods[0].Domains.Select(d => d.Mean), Scorecards.Default.With(entered).Periods[0].Domains.Select(d => d.Mean));
    }
}
