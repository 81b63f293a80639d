using System.Collections.Immutable;

namespace Overgang.Analysis.Monitor;

/// <summary>The scores of one report period, or why the report gives none.</summary>
/// <param name="Id">The period, such as <c>2024-06</c>.</param>
/// <param name="Title">The report.</param>
/// <param name="Source">Where the scores (or the structure) are.</param>
/// <param name="Missing">When the report's text gives no scores: what is missing; otherwise <c>null</c>.</param>
/// <param name="Domains">The domains, factors and indicators (with or without scores; empty when not even the structure is known).</param>
public sealed record ScorePeriod(string Id, string Title, string Source, string? Missing, ImmutableArray<ScoreDomain> Domains)
{
    /// <summary>True when at least one indicator has a score (shipped or entered).</summary>
    public bool IsScored => Domains.Any(d => d.Factors.Any(f => f.Scored > 0));

    /// <summary>Every indicator of the period with its domain and factor.</summary>
    public IEnumerable<(ScoreDomain Domain, ScoreFactor Factor, IndicatorScore Indicator)> AllIndicators() =>
        Domains.SelectMany(d => d.Factors.SelectMany(f => f.Indicators.Select(i => (d, f, i))));
}
