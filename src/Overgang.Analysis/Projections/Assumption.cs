using System.Collections.Immutable;

namespace Overgang.Analysis.Projections;

/// <summary>A named assumption of the projections: a dated series of values, each with a source.</summary>
/// <param name="Id">Stable id, such as <c>arrivals.monthly</c>.</param>
/// <param name="Description">What the assumption means.</param>
/// <param name="Unit">persons, persons/month, percent, percent/month, months or date.</param>
/// <param name="Values">The values, ordered by month.</param>
public sealed record Assumption(string Id, string Description, string Unit, ImmutableArray<AssumptionValue> Values);
