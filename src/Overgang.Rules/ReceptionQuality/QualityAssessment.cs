using System.Collections.Immutable;
using NodaTime;
using Overgang.Rules.Explanations;

namespace Overgang.Rules.ReceptionQuality;

/// <summary>A location's quality on a day.</summary>
/// <param name="Day">The day.</param>
/// <param name="Status">Against the mandatory (RooO) criteria: meets, does not meet, or not fully assessed.</param>
/// <param name="Additional">Against the additional (AEF) criteria, which are not mandatory.</param>
/// <param name="NotMet">The criteria not met (mandatory and additional), in checklist order.</param>
/// <param name="Criteria">Every criterion that applies on the day, in checklist order.</param>
/// <param name="Tasks">A follow-up task per criterion not met.</param>
/// <param name="Explanation">The status in words, with the criteria's items.</param>
public sealed record QualityAssessment(LocalDate Day, QualityStatus Status, QualityStatus Additional, ImmutableArray<string> NotMet, ImmutableArray<CriterionStatus> Criteria, ImmutableArray<FollowUpTask> Tasks, ImmutableArray<ExplanationItem> Explanation);
