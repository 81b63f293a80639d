using System.Collections.Immutable;
using NodaTime;
using Overgang.Rules.Households;

namespace Overgang.Rules.Allowance;

/// <summary>A question to the allowance rules: these persons, on this date, with these hardship overrides.</summary>
/// <param name="Date">The calculation date.</param>
/// <param name="Persons">The persons, in input order; households are formed from their relations.</param>
/// <param name="Overrides">Hardship overrides, each naming one member of the household it applies to.</param>
public sealed record AllowanceRequest(LocalDate Date, ImmutableArray<PersonFacts> Persons, ImmutableArray<HardshipOverrideRequest> Overrides);
