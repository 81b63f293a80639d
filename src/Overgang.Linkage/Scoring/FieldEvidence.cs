using Overgang.Linkage.Comparison;

namespace Overgang.Linkage.Scoring;

/// <summary>How one field of a pair compares and how much it weighs.</summary>
/// <param name="Field">The field.</param>
/// <param name="Level">The level (-1 when missing).</param>
/// <param name="Outcome">Agree, partial, disagree or missing.</param>
/// <param name="Label">The level in English words (such as "day and month swapped").</param>
/// <param name="Weight">log2(m/u) of the level: positive supports the same person, negative different persons.</param>
public sealed record FieldEvidence(LinkField Field, int Level, FieldOutcome Outcome, string Label, double Weight);
