namespace Overgang.Rules.Explanations;

/// <summary>The stable ids of the allowance and contribution rules, as they appear in explanations.</summary>
/// <remarks>Ids are part of the output contract: rename one only with a new contract version.</remarks>
public static class RuleIds
{
    /// <summary>Who forms the household.</summary>
    public const string HouseholdFormation = "household.formation";

    /// <summary>Food money for one member (or none where meals are provided).</summary>
    public const string Food = "allowance.food";

    /// <summary>Clothing and personal expenses.</summary>
    public const string Clothing = "allowance.clothing";

    /// <summary>The extra allowance in private reception.</summary>
    public const string PrivateReception = "allowance.private-reception";

    /// <summary>The household's full allowance before income.</summary>
    public const string BeforeIncome = "allowance.before-income";

    /// <summary>The household income counted by the income test.</summary>
    public const string HouseholdIncome = "income.household";

    /// <summary>The income test of the period.</summary>
    public const string IncomeTest = "allowance.income-test";

    /// <summary>The allowance payable after the income test.</summary>
    public const string Payable = "allowance.payable";

    /// <summary>Whether an own contribution applies to this household at all.</summary>
    public const string ContributionScope = "contribution.scope";

    /// <summary>The condition on income for the contribution.</summary>
    public const string ContributionCondition = "contribution.condition";

    /// <summary>The operating (utilities) part of the contribution.</summary>
    public const string ContributionOperating = "contribution.operating";

    /// <summary>The catering part of the contribution.</summary>
    public const string ContributionCatering = "contribution.catering";

    /// <summary>The household maximum of the contribution.</summary>
    public const string ContributionMaximum = "contribution.household-maximum";

    /// <summary>The income threshold and partial levy of the contribution.</summary>
    public const string ContributionThreshold = "contribution.threshold";

    /// <summary>A municipality's hardship override (maatwerk).</summary>
    public const string ContributionOverride = "contribution.hardship-override";

    /// <summary>The contribution due for the month.</summary>
    public const string ContributionDue = "contribution.due";
}
