using System.Collections.Immutable;
using NodaTime;
using Overgang.Rules.Transition;

namespace Overgang.Contracts.Decide;

/// <summary>A validated <c>overgang decide</c> document.</summary>
/// <param name="Date">The decision date.</param>
/// <param name="Persons">The persons, in input order.</param>
/// <param name="Names">Display names by person id, for letters (optional <c>name</c> field; not used by the rules).</param>
public sealed record DecideRequest(LocalDate Date, ImmutableArray<TransitionFacts> Persons, ImmutableDictionary<string, string> Names);
