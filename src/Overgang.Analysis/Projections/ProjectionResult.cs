using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Analysis.Projections;

/// <summary>The projection of one scenario: monthly series with bands, and the caseloads per municipality.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Months">The projected months.</param>
/// <param name="Draws">Monte Carlo draws.</param>
/// <param name="Seed">Seed of the draws: the same seed gives the same bands.</param>
/// <param name="Series">The series, in a fixed order (see <see cref="Projection.SeriesIds"/>).</param>
/// <param name="SocialAssistanceByMunicipality">Median social-assistance applications over the period, per municipality (code, name, applications), largest first.</param>
/// <param name="Assumptions">The assumptions used, with their values in this scenario.</param>
public sealed record ProjectionResult(
    ProjectionScenario Scenario,
    ImmutableArray<YearMonth> Months,
    int Draws,
    int Seed,
    ImmutableArray<ProjectedSeries> Series,
    ImmutableArray<(string Code, string Name, double Applications)> SocialAssistanceByMunicipality,
    ImmutableArray<Assumption> Assumptions)
{
    /// <summary>The series with an id.</summary>
    public ProjectedSeries this[string id] => Series.Single(s => s.Id == id);
}
