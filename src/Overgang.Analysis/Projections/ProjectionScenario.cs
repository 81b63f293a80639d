using System.Collections.Immutable;

namespace Overgang.Analysis.Projections;

/// <summary>A named scenario: changes to the assumptions, with its own source.</summary>
/// <param name="Id">Stable id, such as <c>protracted-war</c>.</param>
/// <param name="Title">A short title.</param>
/// <param name="Description">What the scenario supposes.</param>
/// <param name="SourceId">The source of the scenario.</param>
/// <param name="Changes">Changed assumptions: their values replace the base values from the first changed month on.</param>
public sealed record ProjectionScenario(string Id, string Title, string Description, string SourceId, ImmutableArray<Assumption> Changes);
