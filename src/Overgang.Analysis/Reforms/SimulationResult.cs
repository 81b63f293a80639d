using System.Collections.Immutable;
using NodaTime;
using Overgang.Rules;

namespace Overgang.Analysis.Reforms;

/// <summary>One parameter tree run over a population: transition paths on a date and what each provision gives per month.</summary>
/// <param name="ParameterVersion">The version of the parameters used.</param>
/// <param name="Date">The transition decision date.</param>
/// <param name="Months">The allowance months, in order.</param>
/// <param name="Paths">Persons per path and status (contract names), ordered by path and status.</param>
/// <param name="PendingActions">Pending actions per owner, ordered by owner.</param>
/// <param name="PathOfPerson">Path and status of each entry of <see cref="PopulationIndex.TransitionFacts"/>.</param>
/// <param name="Totals">What each provision gives per month and municipality, ordered by month and code.</param>
/// <param name="NetOfHousehold">Allowance plus social assistance minus contribution over all months, per entry of <see cref="PopulationIndex.Households"/>.</param>
/// <param name="Outcomes">Household-months per outcome (calculated, not-in-municipal-scheme, ended-absence, path-missing, invalid-relations).</param>
public sealed record SimulationResult(
    string ParameterVersion,
    LocalDate Date,
    ImmutableArray<YearMonth> Months,
    ImmutableArray<PathCount> Paths,
    ImmutableArray<OwnerCount> PendingActions,
    ImmutableArray<string> PathOfPerson,
    ImmutableArray<MunicipalityMonth> Totals,
    ImmutableArray<Money> NetOfHousehold,
    ImmutableSortedDictionary<string, int> Outcomes);
