using NodaTime;

namespace Overgang.Linkage.Scoring;

/// <summary>
/// The policy choices of linkage: where a pair becomes a match or a candidate for review, when names count as similar,
/// how large a block may grow. Dated data (Settings/Data/linkage-parameters.yaml), each value with its <c>since</c> and
/// its source or <c>assumption: project</c> with the reason; every value so far is a project assumption, measured on the
/// synthetic benchmark (bench/README.md, docs/linkage.md), not a figure from a regulation.
/// </summary>
/// <param name="Since">The first day these values apply.</param>
/// <param name="Source">Where the values come from.</param>
/// <param name="MatchProbability">A pair at or above this match probability is in the <c>match</c> band (still reviewed by a person: never merged automatically).</param>
/// <param name="ReviewProbability">A pair at or above this probability (and below the match band) is in the <c>review</c> band; below it, a non-match.</param>
/// <param name="NameSimilar">Jaro-Winkler similarity of normal forms at which names count as similar spellings.</param>
/// <param name="PhoneticSimilar">Jaro-Winkler similarity of phonetic keys at which names count as similar spellings.</param>
/// <param name="MaxBlockSize">A block with more records than this on one side is skipped (its pairs are found through other keys, or not at all); keeps comparisons near-linear.</param>
/// <param name="RandomPairs">Random pairs drawn to estimate the u probabilities.</param>
/// <param name="EmSampleRecords">Records of the first file whose blocked pairs train the EM estimate of the m probabilities.</param>
/// <param name="EmTolerance">EM stops when no probability changes by more than this.</param>
/// <param name="EmMaxIterations">EM stops after this many iterations even when not converged.</param>
/// <param name="ProbabilityFloor">No m probability is estimated below this: one wrong field (a sex written wrongly) weakens a pair but cannot rule it out.</param>
public sealed record LinkageParameters(
    LocalDate Since,
    string Source,
    double MatchProbability,
    double ReviewProbability,
    double NameSimilar,
    double PhoneticSimilar,
    int MaxBlockSize,
    int RandomPairs,
    int EmSampleRecords,
    double EmTolerance,
    int EmMaxIterations,
    double ProbabilityFloor)
{
    /// <summary>The values in force: the latest entries of Settings/Data/linkage-parameters.yaml, read once.</summary>
    public static LinkageParameters Default { get; } = Settings.LinkageData.Parameters(Settings.LinkageData.ParametersFile, Settings.LinkageData.Embedded(Settings.LinkageData.ParametersFile));
}
