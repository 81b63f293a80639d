using System.Collections.Immutable;

namespace Overgang.Analysis.Costs;

/// <summary>A cost item: a quantity the microsimulation counts, times its unit costs, borne by one organisation.</summary>
/// <param name="Id">The id, such as <c>coa-reception</c>.</param>
/// <param name="Organisation">The organisation that bears it (<see cref="CostOrganisations"/>).</param>
/// <param name="Quantity">The quantity (<see cref="CostQuantities"/>).</param>
/// <param name="Factors">The unit costs multiplied with the quantity; none for an amount the rules compute.</param>
/// <param name="Basis">Why this organisation bears the cost.</param>
/// <param name="SourceId">The source of the basis.</param>
public sealed record CostItem(string Id, string Organisation, string Quantity, ImmutableArray<string> Factors, string Basis, string SourceId);
