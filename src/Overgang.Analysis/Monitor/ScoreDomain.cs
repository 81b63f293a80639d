using System.Collections.Immutable;

namespace Overgang.Analysis.Monitor;

/// <summary>A domain (Ukraine, other EU member states, the Netherlands) and its factors.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Title">What the domain's scores mean.</param>
/// <param name="Source">Where the domain is in the report.</param>
/// <param name="Factors">Its factors.</param>
public sealed record ScoreDomain(string Id, string Title, string Source, ImmutableArray<ScoreFactor> Factors)
{
    /// <summary>
    /// The unweighted mean of the means of the scored factors (an Overgang choice; the reports give no aggregation), or
    /// <c>null</c> when no factor is scored yet.
    /// </summary>
    public double? Mean => Factors.Where(f => f.Mean is not null).Select(f => f.Mean!.Value).DefaultIfEmpty(double.NaN).Average() is var mean && double.IsNaN(mean) ? null : mean;
}
