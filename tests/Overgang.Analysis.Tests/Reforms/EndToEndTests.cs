using Overgang.Analysis.Reforms;
using Overgang.Analysis.Tests.Support;
using Overgang.Registry.Population;
using Overgang.Rules.Parameters;

namespace Overgang.Analysis.Tests.Reforms;

public sealed class EndToEndTests
{
    [Fact]
    public void CalibratedPopulation_EarlyEnd_MovesThePendingPathsAndHandsOverAfterTheNewLastDay()
    {
        // Given: the calibrated population of 135,010 persons (the one end-to-end test at full size)
        var index = PopulationIndex.Of(PopulationGenerator.Generate(Calibration.RegisteredPersons, PopulationGenerator.DefaultSeed));

        // When
        Assert.True(ReformSimulation.TryRun(index, ParameterTree.Default, Populations.Reform("early-end-2026-12-31.yaml"), Populations.Date, Populations.Months, "calibrated", out var report, out var missing), missing?.Message);

        // Then
        Assert.Equal(Calibration.RegisteredPersons, report.Paths.Sum(p => p.Baseline));
        Assert.Equal(0, report.Paths.Sum(p => p.Difference));
        Assert.True(report.Paths.Single(p => p.Key == "asylum-procedure / decided").Difference > 50_000);
        Assert.All(report.MonthTotals.Where(m => string.CompareOrdinal(m.Key, "2027-01") < 0), m => Assert.Equal(0, m.NetDifference.Cents));
        Assert.All(report.MonthTotals.Where(m => string.CompareOrdinal(m.Key, "2027-01") >= 0), m =>
        {
            Assert.True(m.AllowanceReform.Cents < m.AllowanceBaseline.Cents, m.Key);
            Assert.True(m.SocialAssistanceReform.Cents > 0, m.Key);
        });
        Assert.Equal(report.HouseholdChanges.Households, index.Households.Length);
    }
}
