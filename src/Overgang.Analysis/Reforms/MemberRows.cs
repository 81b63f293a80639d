using System.Collections.Immutable;
using Overgang.Registry.Model;
using Overgang.Rules.Households;
using Overgang.Rules.Placements;

namespace Overgang.Analysis.Reforms;

/// <summary>The registry rows of one member that the allowance month reads.</summary>
/// <param name="Placements">Placement periods, in registry order (<see cref="PlacementOnDay"/> picks the one holding).</param>
/// <param name="Partners">Partnerships, current and ended (<see cref="RelationsOnDay"/> picks the one in force).</param>
/// <param name="Parents">Responsible adults, current and ended.</param>
/// <param name="Incomes">The recorded monthly incomes.</param>
internal sealed record MemberRows(ImmutableArray<PlacementPeriod> Placements, ImmutableArray<DatedRelation> Partners, ImmutableArray<DatedRelation> Parents, IncomeMonths Incomes);
