using System.Collections.Immutable;
using Overgang.Rules.Explanations;

namespace Overgang.Rules.Provisions;

/// <summary>The estimated monthly social assistance (bijstand) of an assessed household.</summary>
/// <param name="Norm">The household's monthly norm (the sum of its members' norms, including the 5% holiday allowance).</param>
/// <param name="CostSharers">The persons counted as sharing the dwelling (A in the cost-sharer rule): the assessed adults of 21 or older and the housemates of the cost-sharer age (27 from 2023).</param>
/// <param name="Income">The household income deducted.</param>
/// <param name="Amount">The estimated monthly amount: the norm minus the income, never below zero.</param>
/// <param name="Explanation">The rules that gave the estimate, in order.</param>
public sealed record SocialAssistanceEstimate(Money Norm, int CostSharers, Money Income, Money Amount, ImmutableArray<ExplanationItem> Explanation);
