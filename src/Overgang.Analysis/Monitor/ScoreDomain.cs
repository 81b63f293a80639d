using System.Collections.Immutable;

namespace Overgang.Analysis.Monitor;

/// <summary>A domain (Ukraine, other EU member states, the Netherlands) and its factors.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Title">What the domain's scores mean.</param>
/// <param name="Source">Where the domain is in the report.</param>
/// <param name="Factors">Its factors.</param>
public sealed record ScoreDomain(string Id, string Title, string Source, ImmutableArray<ScoreFactor> Factors)
{
    /// <summary>The unweighted mean of the factor means (an Overgang choice; the reports give no aggregation).</summary>
    public double Mean => Factors.Average(f => f.Mean);
}
