using System.Collections.Immutable;
using NodaTime;
using Overgang.Analysis.Monitor;

namespace Overgang.Web.Analysts;

/// <summary>The scenarios of the projections.</summary>
/// <param name="Start">First projected month.</param>
/// <param name="End">Last projected month.</param>
/// <param name="Draws">Monte Carlo draws of every projection.</param>
/// <param name="Seed">The seed: the same seed gives the same bands.</param>
/// <param name="Scenarios">The scenarios, in the order of the assumptions file.</param>
internal sealed record ScenarioListResponse(YearMonth Start, YearMonth End, int Draws, int Seed, ImmutableArray<ScenarioSummary> Scenarios);

/// <summary>A scenario: id, title and description (English, from the assumptions file), its source, and where to read it.</summary>
internal sealed record ScenarioSummary(string Id, string Title, string Description, string Source, string Href);

/// <summary>One scenario projected month by month, with the 10-90 bands, and the back-test.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Draws">Monte Carlo draws.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Months">The projected months; every series has one value per month.</param>
/// <param name="Series">The series with their 10th, 50th and 90th percentile per month, rounded to whole persons as in the tables of <c>overgang project</c>.</param>
/// <param name="SocialAssistanceByMunicipality">Median social-assistance applications over the period per municipality, largest first.</param>
/// <param name="BackTest">The back-test of the baseline scenario against later official figures.</param>
internal sealed record ScenarioResponse(ScenarioSummary Scenario, int Draws, int Seed, ImmutableArray<YearMonth> Months, ImmutableArray<SeriesResponse> Series, ImmutableArray<MunicipalityApplications> SocialAssistanceByMunicipality, BackTestResponse BackTest);

/// <summary>A projected series.</summary>
internal sealed record SeriesResponse(string Id, string Title, string Organisation, bool IsStock, ImmutableArray<long> P10, ImmutableArray<long> P50, ImmutableArray<long> P90);

/// <summary>A municipality's median social-assistance applications.</summary>
internal sealed record MunicipalityApplications(string Code, string Name, long Applications);

/// <summary>The back-test: every official figure against the projection made without it, and the error per metric.</summary>
internal sealed record BackTestResponse(string Scenario, ImmutableArray<BackTestFigure> Figures, ImmutableArray<BackTestMetric> Metrics);

/// <summary>One official figure against the projection's band at its month.</summary>
internal sealed record BackTestFigure(string Series, string Metric, LocalDate Date, double Observed, long P10, long P50, long P90, double AbsolutePercentageError, bool WithinBand);

/// <summary>Mean absolute percentage error of the median for one metric, and how many figures lay within the band.</summary>
internal sealed record BackTestMetric(string Metric, int Figures, double Mape, int WithinBand);

/// <summary>The monitor: every official figure with its date and source, and the factor scorecards with their change.</summary>
/// <param name="Netherlands">Every figure of <c>figures-nl.csv</c>, by date and metric.</param>
/// <param name="Europe">Every EU figure per member state (<c>figures-eu.csv</c> and the further seed figures).</param>
/// <param name="Aggregation">How indicator scores are aggregated.</param>
/// <param name="Periods">The report periods with their scores, or what is missing.</param>
/// <param name="Changes">Per pair of consecutive periods: each domain's and factor's mean in both and the change.</param>
internal sealed record MonitorResponse(ImmutableArray<OfficialFigure> Netherlands, ImmutableArray<EuropeanFigure> Europe, string Aggregation, ImmutableArray<ScorePeriod> Periods, ImmutableArray<PeriodChange> Changes);

/// <summary>The change of the means between two periods.</summary>
internal sealed record PeriodChange(string Earlier, string Later, ImmutableArray<FactorChange> Factors);
