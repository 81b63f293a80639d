using NodaTime;
using Overgang.Rules.Explanations;

namespace Overgang.Rules.ReceptionQuality;

/// <summary>A follow-up task for a criterion the location did not meet.</summary>
/// <param name="CriterionId">The criterion.</param>
/// <param name="MunicipalityCode">Who follows it up: the municipality that runs the location.</param>
/// <param name="InspectedOn">The inspection that found it not met.</param>
/// <param name="Due">The day it is due.</param>
/// <param name="DueIsAssumption">Whether the term is the project's own assumption (the sources set none).</param>
/// <param name="Explanation">Why and when.</param>
public sealed record FollowUpTask(string CriterionId, string MunicipalityCode, LocalDate InspectedOn, LocalDate Due, bool DueIsAssumption, ExplanationItem Explanation);
