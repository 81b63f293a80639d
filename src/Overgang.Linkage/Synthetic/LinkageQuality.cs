using Overgang.Linkage.Scoring;

namespace Overgang.Linkage.Synthetic;

/// <summary>Precision, recall and F1 of a linkage against the known truth.</summary>
/// <param name="TruePositives">Found pairs that are the same person.</param>
/// <param name="FalsePositives">Found pairs that are not.</param>
/// <param name="FalseNegatives">Same-person pairs not found.</param>
public sealed record LinkageQuality(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Share of found pairs that are right.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Share of same-person pairs found.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Measures the pairs of <paramref name="result"/> in <paramref name="bands"/>, with <paramref name="truth"/> mapping right ids to left ids.</summary>
    public static LinkageQuality Measure(LinkResult result, IReadOnlyList<string> leftIds, IReadOnlyList<string> rightIds, IReadOnlyDictionary<string, string> truth, params LinkBand[] bands)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(leftIds);
        ArgumentNullException.ThrowIfNull(rightIds);
        ArgumentNullException.ThrowIfNull(truth);
        var found = result.Pairs.Where(p => bands.Contains(result.Band(p))).Select(p => (Left: leftIds[p.Left], Right: rightIds[p.Right])).ToHashSet();
        var right = found.Count(p => truth.TryGetValue(p.Right, out var left) && left == p.Left);
        return new LinkageQuality(right, found.Count - right, truth.Count - right);
    }
}
