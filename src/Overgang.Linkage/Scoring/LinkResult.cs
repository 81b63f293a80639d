using System.Collections.Immutable;
using Overgang.Linkage.Comparison;

namespace Overgang.Linkage.Scoring;

/// <summary>The outcome of a linkage: the pairs at or above the review threshold, the model, and what it took.</summary>
/// <param name="Pairs">Pairs in the review or match band, by descending weight.</param>
/// <param name="Model">The estimated model.</param>
/// <param name="Parameters">The thresholds used.</param>
/// <param name="Encoded">True when the records were keyed encodings.</param>
/// <param name="LeftRecords">Records of the first file.</param>
/// <param name="RightRecords">Records of the second file.</param>
/// <param name="Comparisons">Blocked pairs compared and scored.</param>
/// <param name="RandomPairs">Random pairs compared to estimate u.</param>
/// <param name="EmPairs">Blocked pairs EM was trained on.</param>
/// <param name="SkippedBlocks">Blocks larger than the maximum block size, not compared.</param>
/// <param name="Preparation">Time to compute and index the blocking keys.</param>
/// <param name="Estimation">Time to estimate u and run EM.</param>
/// <param name="Scoring">Time to compare and score every blocked pair.</param>
public sealed record LinkResult(
    ImmutableArray<LinkPair> Pairs,
    FellegiSunterModel Model,
    LinkageParameters Parameters,
    bool Encoded,
    int LeftRecords,
    int RightRecords,
    long Comparisons,
    int RandomPairs,
    long EmPairs,
    int SkippedBlocks,
    TimeSpan Preparation,
    TimeSpan Estimation,
    TimeSpan Scoring)
{
    /// <summary>The band of a pair.</summary>
    public LinkBand Band(LinkPair pair) => Band(pair.Probability, Parameters);

    /// <summary>The band of a match probability.</summary>
    public static LinkBand Band(double probability, LinkageParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return probability >= parameters.MatchProbability ? LinkBand.Match : probability >= parameters.ReviewProbability ? LinkBand.Review : LinkBand.NonMatch;
    }

    /// <summary>The evidence per field of a pair (a name's weight with its term-frequency adjustment).</summary>
    public ImmutableArray<FieldEvidence> Evidence(LinkPair pair)
    {
        var levels = Linker.Unpattern(pair.Pattern);
        double Adjustment(LinkField field) => field == LinkField.FamilyName ? pair.FamilyAdjustment : field == LinkField.GivenName ? pair.GivenAdjustment : 0;
        return [.. Enum.GetValues<LinkField>().Select(f => new FieldEvidence(f, levels[(int)f], FieldLevels.Outcome(f, levels[(int)f]), FieldLevels.Label(f, levels[(int)f], Encoded), Model.Weight(f, levels[(int)f]) + Adjustment(f)))];
    }

    /// <summary>Pairs per band.</summary>
    public int Count(LinkBand band) => Pairs.Count(p => Band(p) == band);

    /// <summary>Total time.</summary>
    public TimeSpan Elapsed => Preparation + Estimation + Scoring;
}
