using System.Collections.Immutable;
using NodaTime;
using Overgang.Rules.Explanations;

namespace Overgang.Rules.ReceptionQuality;

/// <summary>Which groups a location may house on a day.</summary>
/// <param name="Day">The day.</param>
/// <param name="Scheme">The financing scheme in force on the day.</param>
/// <param name="MayHouse">The groups the location is set up for on the day and may house under that scheme.</param>
/// <param name="NotUnderScheme">Groups the location is set up for on the day that the scheme does not finance yet.</param>
/// <param name="Explanation">Why.</param>
public sealed record TargetGroupsOnDay(LocalDate Day, FundingScheme Scheme, ImmutableArray<TargetGroup> MayHouse, ImmutableArray<TargetGroup> NotUnderScheme, ImmutableArray<ExplanationItem> Explanation);
