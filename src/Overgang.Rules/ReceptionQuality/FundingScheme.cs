namespace Overgang.Rules.ReceptionQuality;

/// <summary>The scheme under which a municipal location is financed on a day (003:60).</summary>
public enum FundingScheme
{
    /// <summary>The Bekostigingsregeling opvang ontheemden Oekraïne: for displaced people.</summary>
    Booo,

    /// <summary>The target-group-flexible reception scheme: regardless of the target group.</summary>
    TargetGroupFlexible,
}
