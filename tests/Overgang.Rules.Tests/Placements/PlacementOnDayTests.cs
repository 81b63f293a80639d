using NodaTime;
using Overgang.Rules.Placements;

namespace Overgang.Rules.Tests.Placements;

public sealed class PlacementOnDayTests
{
    private static readonly LocalDate _day = new(2026, 11, 1);

    [Fact]
    public void On_PlacementEndingTheDayBefore_DoesNotHold()
    {
        // Given
        PlacementPeriod[] periods = [new(new LocalDate(2025, 1, 1), _day.PlusDays(-1), "municipal")];

        // When
        var holding = PlacementOnDay.On(periods, _day);

        // Then
        Assert.Null(holding);
        Assert.False(PlacementOnDay.InSchemeOn(periods, _day));
        Assert.Equal(-1, PlacementOnDay.IndexOn(periods, _day));
    }

    [Fact]
    public void On_PlacementEndingOrStartingOnTheDay_Holds()
    {
        PlacementPeriod endsToday = new(new LocalDate(2025, 1, 1), _day, "municipal");
        PlacementPeriod startsToday = new(_day, null, "private");
        Assert.Equal(endsToday, PlacementOnDay.On([endsToday], _day));
        Assert.Equal(startsToday, PlacementOnDay.On([startsToday], _day));
        Assert.Null(PlacementOnDay.On([new PlacementPeriod(_day.PlusDays(1), null, "private")], _day));
    }

    [Fact]
    public void On_TwoPlacementsHolding_TheLatestStartWins_WhateverTheOrder()
    {
        // Given: an open COA placement and a later private one, both covering the day
        PlacementPeriod coa = new(new LocalDate(2024, 3, 1), null, "coa");
        PlacementPeriod host = new(new LocalDate(2026, 6, 1), null, "private");

        // When / Then
        Assert.Equal(host, PlacementOnDay.On([coa, host], _day));
        Assert.Equal(host, PlacementOnDay.On([host, coa], _day));
        Assert.Equal(host, PlacementOnDay.On(new List<PlacementPeriod> { coa, host }, _day));
        Assert.True(PlacementOnDay.InSchemeOn([coa, host], _day));
        Assert.False(PlacementOnDay.InSchemeOn([coa], _day));
    }

    [Fact]
    public void On_ALaterPlacementThatHasNotStarted_LeavesTheCurrentOne()
    {
        PlacementPeriod current = new(new LocalDate(2025, 1, 1), null, "municipal");
        PlacementPeriod next = new(_day.PlusDays(10), null, "own-home");
        Assert.Equal(current, PlacementOnDay.On([current, next], _day));
    }

    [Fact]
    public void Pick_ChoosesTheRowWhosePeriodHolds_FirstOnEqualStarts()
    {
        // Given
        var rows = new[]
        {
            new Row("a", new PlacementPeriod(new LocalDate(2026, 1, 1), null, "municipal")),
            new Row("b", new PlacementPeriod(new LocalDate(2026, 1, 1), null, "municipal-catering")),
            new Row("c", new PlacementPeriod(new LocalDate(2025, 1, 1), null, "coa")),
        };

        // When
        var picked = PlacementOnDay.Pick(rows, r => r.Period, _day);

        // Then
        Assert.Equal("a", picked!.Id);
        Assert.Null(PlacementOnDay.Pick(rows, r => r.Period, new LocalDate(2024, 1, 1)));
    }

    [Theory]
    [InlineData("municipal", true)]
    [InlineData("municipal-catering", true)]
    [InlineData("private", true)]
    [InlineData("own-home", true)]
    [InlineData("coa", false)]
    [InlineData(null, false)]
    public void IsInScheme_MunicipalPrivateAndOwnHome_NotCoa(string? reception, bool expected) =>
        Assert.Equal(expected, PlacementOnDay.IsInScheme(reception));

    [Fact]
    public void Explanations_NameTheRuleAReferenceAndWhatHeld()
    {
        PlacementPeriod coa = new(new LocalDate(2024, 3, 1), null, "coa");
        var placement = PlacementOnDay.ExplainPlacement(coa, _day);
        var scheme = PlacementOnDay.ExplainScheme(coa, _day);
        var none = PlacementOnDay.ExplainScheme(null, _day);

        Assert.Equal(ReceptionRuleIds.PlacementOnDay, placement.Rule);
        Assert.Equal("on 2026-11-01 the placement in coa reception from 2024-03-01 holds", placement.Text);
        Assert.Equal(ReceptionRuleIds.InScheme, scheme.Rule);
        Assert.Equal("coa reception on 2026-11-01: not in the municipal scheme", scheme.Text);
        Assert.Equal("no placement on 2026-11-01: not in the municipal scheme", none.Text);
        Assert.All([placement, scheme, none], e => Assert.False(string.IsNullOrWhiteSpace(e.Reference)));
    }

    private sealed record Row(string Id, PlacementPeriod Period);
}
