namespace Overgang.Rules.Allowance;

/// <summary>The household incomes at which the allowance ends and the contribution is levied in full.</summary>
/// <param name="AllowanceFullyWithdrawnFrom">Household income from which no allowance is paid; <c>null</c> where no threshold rule applies.</param>
/// <param name="ContributionFullyLeviedFrom">Household income from which the full contribution is due; <c>null</c> where no threshold rule applies to this household.</param>
public sealed record Thresholds(Money? AllowanceFullyWithdrawnFrom, Money? ContributionFullyLeviedFrom);
