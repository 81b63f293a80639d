using Overgang.Analysis.Reforms;
using Overgang.Analysis.Tests.Support;
using Overgang.Rules.Parameters;

namespace Overgang.Analysis.Tests.Reforms;

public sealed class ReformSimulationTests
{
    private static ReformReport Run(Reform reform)
    {
        Assert.True(ReformSimulation.TryRun(Populations.Small, ParameterTree.Default, reform, Populations.Date, Populations.Months, "test", out var report, out var missing), missing?.Message);
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
    public void TryRun_EarlyEnd_StopsTheAllowanceAfterTheNewLastDay()
    {
        // When
        var report = Run(Populations.Reform("early-end-2026-12-31.yaml"));

        // Then
        Assert.All(report.MonthTotals.Where(m => string.CompareOrdinal(m.Key, "2027-01") >= 0), m => Assert.Equal(0, m.AllowanceReform.Cents));
        Assert.All(report.MonthTotals.Where(m => string.CompareOrdinal(m.Key, "2027-01") < 0), m => Assert.Equal(0, m.NetDifference.Cents));
        Assert.True(report.HouseholdChanges.Losing > 0);
    }

    [Theory]
    [InlineData("contribution-105.yaml")]
    [InlineData("cut-off-2025-01-19.yaml")]
    [InlineData("early-end-2026-12-31.yaml")]
    [InlineData("threshold-100.yaml")]
    public void TryRun_ReusedMonthsAndDecisions_EqualAFullRunOfTheReform(string file)
    {
        // Given
        var reform = Populations.Reform(file);
        var index = Populations.Small;

        // When: the comparison (which reuses what the reform does not touch) and two independent full runs
        var report = Run(reform);
        Assert.True(Microsimulation.TryRun(index, ParameterTree.Default, Populations.Date, Populations.Months, out var baseline, out _));
        Assert.True(Microsimulation.TryRun(index, reform.ApplyTo(ParameterTree.Default), Populations.Date, Populations.Months, out var reformed, out _));
        var full = ReformSimulation.Compare(index, reform, baseline, reformed, "test");

        // Then
        static string Text(ReformReport r) => string.Concat(Overgang.Analysis.Reports.ReformTables.All(r).Select(t => t.ToCsv()));
        Assert.Equal(Text(full), Text(report));
        Assert.Equal(full.HouseholdChanges.Changes.ToArray(), report.HouseholdChanges.Changes.ToArray());
    }
}
