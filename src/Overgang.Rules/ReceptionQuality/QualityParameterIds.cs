namespace Overgang.Rules.ReceptionQuality;

/// <summary>The ids of the quality checklist's own parameters.</summary>
internal static class QualityParameterIds
{
    /// <summary>Days after an inspection within which a criterion not met is followed up (own assumption).</summary>
    public const string FollowUpDays = "reception.quality.follow-up-days";

    /// <summary>First day of the target-group-flexible scheme.</summary>
    public const string FlexibleFirstDay = "reception.target-group-flexible.first-day";
}
