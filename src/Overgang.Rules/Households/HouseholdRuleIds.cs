namespace Overgang.Rules.Households;

/// <summary>The stable ids of the household rules that are not steps of a calculated allowance.</summary>
/// <remarks>
/// Ids are part of the output contract. This id is kept out of <see cref="Explanations.RuleIds"/>: the stored payments'
/// table of texts is built from that class, and a relation's period is a fact of the household, not a step of its amount.
/// </remarks>
public static class HouseholdRuleIds
{
    /// <summary>Which relations are in force on a day, and which day of a month forms the month's household.</summary>
    public const string RelationsOnDay = "household.relations-on-day";
}
