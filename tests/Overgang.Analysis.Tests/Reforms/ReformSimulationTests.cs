using Overgang.Analysis.Reforms;
using Overgang.Analysis.Tests.Support;
using Overgang.Rules.Parameters;

namespace Overgang.Analysis.Tests.Reforms;

public sealed class ReformSimulationTests
{
    private static ReformReport Run(Reform reform) => Run(reform, Populations.Months);

    private static ReformReport Run(Reform reform, IReadOnlyList<NodaTime.YearMonth> months)
    {
        Assert.True(ReformSimulation.TryRun(Populations.Small, ParameterTree.Default, reform, Populations.Date, months, "test", out var report, out var missing), missing?.Message);
        return report;
    }

    [Fact]
    public void TryRun_ReformThatChangesNothing_GivesZeroDifferences()
    {
        // Given: a reform file that restates a baseline value
        var file = new ParameterFile("same.yaml", """
            reform: same
            title: The baseline restated
            description: The operating contribution restated at its baseline value.
            changes:
              - id: contribution.operating
                rationale: restates the baseline
                values:
                  - { from: 2025-10-01, value: 244.22, source: R4 }
            """);
        Assert.True(Reform.TryParse(file, ParameterTree.Default, out var reform, out var error), error?.Message);

        // When
        var report = Run(reform);

        // Then
        Assert.True(report.ChangesNothing);
        Assert.Equal(report.BaselineVersion, report.ReformVersion);
        Assert.All(report.Municipalities, m => Assert.Equal(0, m.NetDifference.Cents));
        Assert.Equal(report.HouseholdChanges.Households, report.HouseholdChanges.Unchanged);
        Assert.True(Run(Reform.None).ChangesNothing);
    }

    [Fact]
    public void TryRun_ContributionReform_ChangesOnlyContributionsFromItsMonth()
    {
        // When
        var report = Run(Populations.Reform("contribution-105.yaml"));

        // Then: paths, actions and allowances are untouched; contributions fall from December 2026 only
        Assert.All(report.Paths, p => Assert.Equal(0, p.Difference));
        Assert.All(report.PendingActions, p => Assert.Equal(0, p.Difference));
        Assert.All(report.MonthTotals, m => Assert.Equal(0, m.AllowanceDifference.Cents));
        Assert.Equal(0, report.MonthTotals.Single(m => m.Key == "2026-11").ContributionDifference.Cents);
        Assert.All(report.MonthTotals.Where(m => m.Key != "2026-11"), m => Assert.True(m.ContributionDifference.Cents < 0, m.Key));
        Assert.Equal(0, report.HouseholdChanges.Losing);
        Assert.True(report.HouseholdChanges.Gaining > 0);
    }

    [Fact]
    public void TryRun_CutOffReform_ChangesOnlyPaths()
    {
        // When
        var report = Run(Populations.Reform("cut-off-2025-01-19.yaml"));

        // Then: some persons move from the transition document to asylum; money is untouched
        Assert.Contains(report.Paths, p => p.Key.StartsWith("asylum", StringComparison.Ordinal) && p.Difference > 0);
        Assert.Contains(report.Paths, p => p.Key.StartsWith("transition-document", StringComparison.Ordinal) && p.Difference < 0);
        Assert.Equal(0, report.Paths.Sum(p => p.Difference));
        Assert.All(report.MonthTotals, m => Assert.Equal(0, m.NetDifference.Cents));
    }

    [Fact]
    public void TryRun_EarlyEnd_HandsOverAndEndsProvisionsAfterTheNewLastDay()
    {
        // When
        var report = Run(Populations.Reform("early-end-2026-12-31.yaml"));

        // Then: nothing changes before 2027; from January the reform hands the first cohort over and ends the provisions
        // of those without a path, while the baseline still pays everyone the living allowance
        var before = report.MonthTotals.Where(m => string.CompareOrdinal(m.Key, "2027-01") < 0).ToList();
        var after = report.MonthTotals.Where(m => string.CompareOrdinal(m.Key, "2027-01") >= 0).ToList();
        Assert.NotEmpty(before);
        Assert.All(before, m => Assert.Equal(0, m.NetDifference.Cents));
        Assert.All(report.MonthCaseloads.Where(m => string.CompareOrdinal(m.Key, "2027-01") < 0), m => Assert.True(m.Unchanged, m.Key));
        Assert.Equal(3, after.Count);
        Assert.All(after, m => Assert.True(m.AllowanceReform.Cents < m.AllowanceBaseline.Cents, m.Key));
        Assert.All(after, m => Assert.Equal(0, m.SocialAssistanceBaseline.Cents));
        Assert.All(after, m => Assert.True(m.SocialAssistanceReform.Cents > 0, m.Key));
        Assert.All(report.MonthCaseloads.Where(m => string.CompareOrdinal(m.Key, "2027-01") >= 0), m => Assert.True(m.Reform.EndedHouseholds > 0 && m.Baseline.EndedHouseholds == 0, m.Key));
        Assert.True(report.HouseholdChanges.Losing > 0);
    }

    [Fact]
    public void TryRun_HandOverEarlier_MovesAllowanceToSocialAssistanceInJulyAndAugust2027Only()
    {
        // When: the last hand-over on 1 July instead of 1 September 2027, over November 2026 to March 2028
        var report = Run(Populations.Reform("hand-over-earlier.yaml"), Populations.Horizon);

        // Then: every month is reported; nothing changes before July 2027 (so nothing before or in March 2027) or from September 2027
        Assert.Equal(Populations.Horizon.Count, report.MonthTotals.Length);
        static bool InJulyOrAugust(string key) => key is "2027-07" or "2027-08";
        Assert.All(report.MonthTotals.Where(m => !InJulyOrAugust(m.Key)), m =>
        {
            Assert.Equal(0, m.AllowanceDifference.Cents);
            Assert.Equal(0, m.ContributionDifference.Cents);
            Assert.Equal(0, m.SocialAssistanceDifference.Cents);
        });
        // (in September only the hand-overs differ: the baseline hands the last cohort over then, the reform did in July)
        Assert.All(report.MonthCaseloads.Where(m => !InJulyOrAugust(m.Key)), m => Assert.True(m.Key == "2027-09" ? m.Baseline with { HandedOver = 0 } == m.Reform with { HandedOver = 0 } : m.Unchanged, m.Key));

        // the last cohort gets social assistance two months earlier: more social assistance, less living allowance
        Assert.All(report.MonthTotals.Where(m => InJulyOrAugust(m.Key)), m =>
        {
            Assert.True(m.SocialAssistanceDifference.Cents > 0, m.Key);
            Assert.True(m.AllowanceDifference.Cents < 0, m.Key);
        });
        Assert.True(report.MonthTotals.Sum(m => m.SocialAssistanceDifference.Cents) > 0);
        Assert.True(report.MonthTotals.Sum(m => m.AllowanceDifference.Cents) < 0);

        // the caseload: more households on social assistance in July and August, handed over in July instead of September
        var july = report.MonthCaseloads.Single(m => m.Key == "2027-07");
        var august = report.MonthCaseloads.Single(m => m.Key == "2027-08");
        var september = report.MonthCaseloads.Single(m => m.Key == "2027-09");
        Assert.True(july.Reform.SocialAssistanceHouseholds > july.Baseline.SocialAssistanceHouseholds);
        Assert.True(august.Reform.SocialAssistanceHouseholds > august.Baseline.SocialAssistanceHouseholds);
        Assert.Equal(0, july.Baseline.HandedOver);
        Assert.True(july.Reform.HandedOver > 0);
        Assert.True(september.Reform.HandedOver < september.Baseline.HandedOver);
        Assert.True(report.Paths.All(p => p.Difference == 0));
    }

    [Theory]
    [InlineData("contribution-105.yaml")]
    [InlineData("cut-off-2025-01-19.yaml")]
    [InlineData("early-end-2026-12-31.yaml")]
    [InlineData("threshold-100.yaml")]
    [InlineData("hand-over-earlier.yaml")]
    public void TryRun_ReusedMonthsAndDecisions_EqualAFullRunOfTheReform(string file)
    {
        // Given
        var reform = Populations.Reform(file);
        var index = Populations.Small;

        // When: the comparison (which reuses what the reform does not touch) and two independent full runs
        var report = Run(reform, Populations.Horizon);
        Assert.True(Microsimulation.TryRun(index, ParameterTree.Default, Populations.Date, Populations.Horizon, out var baseline, out _));
        Assert.True(Microsimulation.TryRun(index, reform.ApplyTo(ParameterTree.Default), Populations.Date, Populations.Horizon, out var reformed, out _));
        var full = ReformSimulation.Compare(index, reform, baseline, reformed, "test");

        // Then
        static string Text(ReformReport r) => string.Concat(Overgang.Analysis.Reports.ReformTables.All(r).Select(t => t.ToCsv()));
        Assert.Equal(Text(full), Text(report));
        Assert.Equal(full.HouseholdChanges.Changes.ToArray(), report.HouseholdChanges.Changes.ToArray());
    }
}
