using NodaTime;
using Overgang.Rules.Explanations;

namespace Overgang.Rules.ReceptionQuality;

/// <summary>A criterion's status on a day: the latest finding on or before the day, or not assessed.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Result">Met, not met, or not assessed (also when no inspection assessed it).</param>
/// <param name="InspectedOn">The day of the finding, or <c>null</c> when no inspection named the criterion.</param>
/// <param name="Explanation">Why.</param>
public sealed record CriterionStatus(QualityCriterion Criterion, FindingResult Result, LocalDate? InspectedOn, ExplanationItem Explanation);
