using NodaTime;
using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;

namespace Overgang.Rules.Tests.Placements;

public sealed class AbsenceRuleTests
{
    private static readonly YearMonth _month = new(2026, 11);

    private static AbsenceRule Rule(ParameterTree? parameters = null)
    {
        Assert.True(AbsenceRule.TryFor(parameters ?? ParameterTree.Default, _month, out var rule, out var missing), missing?.Message);
        return rule;
    }

    [Fact]
    public void TryFor_ReadsTheMaximumOfTheMonth_WithItsSource()
    {
        var rule = Rule();
        Assert.Equal(28, rule.MaximumDays);
        Assert.Equal(new LocalDate(2026, 11, 1), rule.FirstDay);
        Assert.Equal(new LocalDate(2026, 11, 30), rule.LastDay);
        Assert.Equal(_month, rule.Month);
        Assert.Contains("28-dagentermijn", rule.Reference, StringComparison.Ordinal);
    }

    [Fact]
    public void TryFor_UnknownMaximum_RefusesWithTheMissingParameter()
    {
        // When: a month before the first known value
        var found = AbsenceRule.TryFor(ParameterTree.Default, new YearMonth(1990, 1), out var rule, out var missing);

        // Then
        Assert.False(found);
        Assert.Null(rule);
        Assert.Equal(ReceptionRuleIds.AbsenceMaximum, missing!.ParameterId);
        Assert.Equal(new LocalDate(1990, 1, 1), missing.Date);
    }

    [Fact]
    public void IsOverMaximum_ExactlyTheMaximumIsAllowed_OneDayMoreIsNot()
    {
        // Given: both the first and the last day count
        var rule = Rule();
        var from = new LocalDate(2026, 11, 3);

        // When / Then
        Assert.Equal(28, AbsenceRule.DaysAway(from, from.PlusDays(27)));
        Assert.False(rule.IsOverMaximum(from, from.PlusDays(27)));
        Assert.True(rule.IsOverMaximum(from, from.PlusDays(28)));
        Assert.Equal(1, AbsenceRule.DaysAway(from, from));
    }

    [Fact]
    public void IsOverMaximum_ALongAbsenceOutsideTheMonth_DoesNotCount_OneTouchingItDoes()
    {
        var rule = Rule();
        var endsBefore = new LocalDate(2026, 10, 31);
        Assert.True(rule.IsLongerThanMaximum(endsBefore.PlusDays(-40), endsBefore));
        Assert.False(rule.IsOverMaximum(endsBefore.PlusDays(-40), endsBefore));
        Assert.True(rule.IsOverMaximum(endsBefore.PlusDays(-40), endsBefore.PlusDays(1)));
        Assert.True(rule.IsOverMaximum(new LocalDate(2026, 11, 30), new LocalDate(2027, 1, 15)));
        Assert.False(rule.IsOverMaximum(new LocalDate(2026, 12, 1), new LocalDate(2027, 2, 1)));
    }

    [Fact]
    public void TryFor_AReformedMaximum_IsTheRulesMaximum()
    {
        // Given: a reform that allows 35 days from November 2026
        var baseline = ParameterTree.Default;
        var maximum = baseline.Definitions.Single(d => d.Area == "reception" && d.Unit == ParameterUnit.Days);
        var reform = baseline.With(maximum with
        {
            Values = maximum.Values.Add(maximum.Values[^1] with { From = new LocalDate(2026, 11, 1), Raw = "35", Number = 35 }),
        });
        var from = new LocalDate(2026, 11, 1);

        // When
        var rule = Rule(reform);

        // Then
        Assert.Equal(35, rule.MaximumDays);
        Assert.False(rule.IsOverMaximum(from, from.PlusDays(34)));
        Assert.True(rule.IsOverMaximum(from, from.PlusDays(35)));
        Assert.False(AbsenceRule.SameMaximum(baseline, reform, from));
        Assert.True(AbsenceRule.SameMaximum(baseline, reform, from.PlusDays(-1)));
    }

    [Fact]
    public void Explain_SaysHowLongAndWhatItMeans()
    {
        var rule = Rule();
        var from = new LocalDate(2026, 11, 1);

        var over = rule.Explain(from, from.PlusDays(34));
        var within = rule.Explain(from, from.PlusDays(27));
        var outside = rule.Explain(new LocalDate(2026, 9, 1), new LocalDate(2026, 10, 15));

        Assert.Equal(ReceptionRuleIds.AbsenceMaximum, over.Rule);
        Assert.Equal("away 35 consecutive days, more than the maximum of 28: left out of the month's allowance", over.Text);
        Assert.Equal("away 28 consecutive days, not more than the maximum of 28: stays in the month's allowance", within.Text);
        Assert.Equal("away 2026-09-01 to 2026-10-15, outside 2026-11: does not count for this month", outside.Text);
        Assert.Equal(rule.Reference, over.Reference);
        Assert.Null(over.Value);
        Assert.Equal("every member was away more than 28 consecutive days", rule.ExplainAllAway().Text);
    }
}
