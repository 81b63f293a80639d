using System.Collections.Immutable;

namespace Overgang.Analysis.Monitor;

/// <summary>The scores of one report period, or why there are none.</summary>
/// <param name="Id">The period, such as <c>2024-06</c>.</param>
/// <param name="Title">The report.</param>
/// <param name="Source">Where the scores are.</param>
/// <param name="Missing">When the period could not be scored: what is missing; otherwise <c>null</c>.</param>
/// <param name="Domains">The scored domains (empty when not scored).</param>
public sealed record ScorePeriod(string Id, string Title, string Source, string? Missing, ImmutableArray<ScoreDomain> Domains)
{
    /// <summary>True when the period has scores.</summary>
    public bool IsScored => Missing is null;
}
