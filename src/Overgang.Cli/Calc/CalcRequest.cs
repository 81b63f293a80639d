using System.Collections.Immutable;
using NodaTime;
using Overgang.Rules.Allowance;
using Overgang.Rules.Households;

namespace Overgang.Cli.Calc;

/// <summary>A validated <c>overgang calc</c> document.</summary>
/// <param name="Date">The calculation date.</param>
/// <param name="Persons">The persons, in input order.</param>
/// <param name="Overrides">Hardship overrides by the id of a member of the household they apply to.</param>
internal sealed record CalcRequest(LocalDate Date, ImmutableArray<PersonFacts> Persons, ImmutableDictionary<string, (int Index, HardshipOverride Override)> Overrides);
