using System.Collections.Immutable;
using NodaTime;
using Overgang.Rules.Explanations;

namespace Overgang.Rules.Provisions;

/// <summary>A household's obligation to take out basic health insurance (Zvw) once the special scheme (RMO) no longer covers it.</summary>
/// <param name="From">The first day of the obligation.</param>
/// <param name="InsuredAdults">Members who pay a premium (18 or older).</param>
/// <param name="Premium">The estimated monthly premium of the household, or <c>null</c> when its parameter is unknown on the date.</param>
/// <param name="UnknownParameter">The parameter whose value is unknown, when <paramref name="Premium"/> is <c>null</c>.</param>
/// <param name="Explanation">The rules behind it.</param>
public sealed record HealthInsuranceObligation(LocalDate From, int InsuredAdults, Money? Premium, string? UnknownParameter, ImmutableArray<ExplanationItem> Explanation);
