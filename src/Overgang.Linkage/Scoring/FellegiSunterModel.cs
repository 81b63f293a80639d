using System.Collections.Immutable;
using Overgang.Linkage.Comparison;

namespace Overgang.Linkage.Scoring;

/// <summary>
/// A Fellegi-Sunter model: per field and level the probability of the level among true matches (m) and among
/// non-matches (u), and the share of matches among the compared pairs (λ). A pair's match weight is
/// log2(λ/(1-λ)) plus, per field present on both sides, log2(m/u) of its level.
/// </summary>
/// <param name="M">m probabilities, per field and level.</param>
/// <param name="U">u probabilities, per field and level.</param>
/// <param name="Lambda">The share of matches among blocked pairs.</param>
/// <param name="Iterations">EM iterations run.</param>
/// <param name="Converged">True when EM stopped because no probability changed by more than the tolerance.</param>
public sealed record FellegiSunterModel(ImmutableArray<ImmutableArray<double>> M, ImmutableArray<ImmutableArray<double>> U, double Lambda, int Iterations, bool Converged)
{
    /// <summary>The prior weight log2(λ/(1-λ)).</summary>
    public double Prior => Math.Log2(Lambda / (1 - Lambda));

    /// <summary>The weight log2(m/u) of a field's level; 0 when the field is missing.</summary>
    public double Weight(LinkField field, int level) => level < 0 ? 0 : Math.Log2(M[(int)field][level] / U[(int)field][level]);

    /// <summary>The match weight of a comparison vector.</summary>
    public double Score(ReadOnlySpan<sbyte> levels)
    {
        var weight = Prior;
        for (var f = 0; f < FieldLevels.Count; f++)
        {
            weight += Weight((LinkField)f, levels[f]);
        }

        return weight;
    }

    /// <summary>The match probability of a match weight: 2^w / (1 + 2^w).</summary>
    public static double Probability(double weight) => 1 / (1 + Math.Pow(2, -weight));
}
