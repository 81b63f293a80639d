using System.Collections.Immutable;
using Overgang.Rules;

namespace Overgang.Analysis.Reforms;

/// <summary>
/// Who gains and who loses: per registered household, the change in allowance plus estimated social assistance minus
/// contribution over all simulated months (reform minus baseline), summarised.
/// </summary>
/// <param name="Households">Registered households in the population.</param>
/// <param name="Gaining">Households whose net receipt rises.</param>
/// <param name="Losing">Households whose net receipt falls.</param>
/// <param name="TotalGain">Sum of the rises.</param>
/// <param name="TotalLoss">Sum of the falls (a positive amount).</param>
/// <param name="GainDeciles">The 10th, 20th, ..., 90th percentile of the rises (nearest rank), empty when nobody gains.</param>
/// <param name="LossDeciles">The same for the falls, as positive amounts.</param>
/// <param name="Changes">Every non-zero change, ordered ascending (for the histogram).</param>
public sealed record HouseholdChanges(
    int Households,
    int Gaining,
    int Losing,
    Money TotalGain,
    Money TotalLoss,
    ImmutableArray<Money> GainDeciles,
    ImmutableArray<Money> LossDeciles,
    ImmutableArray<Money> Changes)
{
    /// <summary>Households whose net receipt does not change.</summary>
    public int Unchanged => Households - Gaining - Losing;
}
