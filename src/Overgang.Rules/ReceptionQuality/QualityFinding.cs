using NodaTime;

namespace Overgang.Rules.ReceptionQuality;

/// <summary>One finding of an inspection: a criterion and what was found on the inspection day.</summary>
/// <param name="CriterionId">The criterion.</param>
/// <param name="Result">Met, not met or not assessed.</param>
/// <param name="InspectedOn">The inspection day.</param>
public sealed record QualityFinding(string CriterionId, FindingResult Result, LocalDate InspectedOn);
