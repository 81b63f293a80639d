namespace Overgang.Rules.ReceptionQuality;

/// <summary>What an inspection found for one criterion.</summary>
public enum FindingResult
{
    /// <summary>The location meets the criterion.</summary>
    Met,

    /// <summary>The location does not meet the criterion.</summary>
    NotMet,

    /// <summary>The inspection did not assess the criterion.</summary>
    NotAssessed,
}
