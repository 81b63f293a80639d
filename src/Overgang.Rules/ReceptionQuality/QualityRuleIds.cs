namespace Overgang.Rules.ReceptionQuality;

/// <summary>The stable ids of the reception quality and target-group rules, as they appear in explanations.</summary>
/// <remarks>Ids are part of the output contract: rename one only with a new contract version.</remarks>
public static class QualityRuleIds
{
    /// <summary>A criterion's status from the latest inspection finding on or before the day.</summary>
    public const string Criterion = "reception.quality.criterion";

    /// <summary>The location's status: meets, does not meet (which), or not fully assessed.</summary>
    public const string Overall = "reception.quality.overall";

    /// <summary>A follow-up task for a criterion not met, due a number of days after the inspection.</summary>
    public const string FollowUp = "reception.quality.follow-up";

    /// <summary>Which target groups a location may house on a day.</summary>
    public const string TargetGroups = "reception.target-groups";
}
