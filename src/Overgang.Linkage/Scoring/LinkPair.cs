namespace Overgang.Linkage.Scoring;

/// <summary>A scored pair: indexes into the two files, the match weight and the comparison vector's pattern number.</summary>
/// <param name="Left">Index in the first file.</param>
/// <param name="Right">Index in the second file.</param>
/// <param name="Weight">The match weight (log2 odds).</param>
/// <param name="Pattern">The comparison vector, as a pattern number (see <see cref="LinkResult.Evidence"/>).</param>
/// <param name="FamilyAdjustment">The term-frequency adjustment of the family name's weight (0 unless the names are equal).</param>
/// <param name="GivenAdjustment">The term-frequency adjustment of the given name's weight (0 unless the names are equal).</param>
public readonly record struct LinkPair(int Left, int Right, double Weight, int Pattern, float FamilyAdjustment = 0, float GivenAdjustment = 0)
{
    /// <summary>The match probability.</summary>
    public double Probability => FellegiSunterModel.Probability(Weight);
}
