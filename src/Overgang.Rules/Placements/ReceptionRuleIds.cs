namespace Overgang.Rules.Placements;

/// <summary>The stable ids of the reception rules (placement on a day, the municipal scheme, the 28-day rule), as they appear in explanations.</summary>
/// <remarks>
/// Ids are part of the output contract: rename one only with a new contract version. The absence rule keeps the id the
/// allowance run has always written for a household whose members are all away (<c>ended-absence</c>).
/// </remarks>
public static class ReceptionRuleIds
{
    /// <summary>Which placement holds for a person on a day: a period that covers the day, the latest start winning.</summary>
    public const string PlacementOnDay = "reception.placement-on-day";

    /// <summary>Whether the placement on a day puts the person in the municipal scheme (municipal, municipal-catering, private, own-home; not COA).</summary>
    public const string InScheme = "reception.in-scheme";

    /// <summary>The 28-day rule: an absence overlapping the month that lasts longer than the maximum leaves the person out of the month.</summary>
    public const string AbsenceMaximum = "reception.absence-maximum-days";
}
