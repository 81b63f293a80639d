using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Rules.Households;

/// <summary>What the allowance rules need to know about one person.</summary>
/// <param name="Id">The person's id, unique within one calculation.</param>
/// <param name="BirthDate">Date of birth; age is computed on the calculation date.</param>
/// <param name="PartnerId">The spouse or partner (the link must be mutual), or <c>null</c>.</param>
/// <param name="ParentIds">For a minor: the responsible adults (parents or guardian). Ignored for adults.</param>
/// <param name="MonthlyIncome">The person's own monthly income (wages, benefits, allowances).</param>
/// <param name="Reception">Where the person lives.</param>
public sealed record PersonFacts(
    string Id,
    LocalDate BirthDate,
    string? PartnerId,
    ImmutableArray<string> ParentIds,
    Money MonthlyIncome,
    Reception Reception)
{
    /// <summary>
    /// The person's transition path and what goes with it: required for a date after the last day of protection,
    /// ignored before it.
    /// </summary>
    public Provisions.PathFacts? Path { get; init; }
}
