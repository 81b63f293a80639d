using System.Collections.Immutable;

namespace Overgang.Rules.ReceptionQuality;

/// <summary>The text codes of the quality and target-group values, as files, the API and the registry write them.</summary>
public static class QualityNames
{
    /// <summary>Every target group code, in order.</summary>
    public static ImmutableArray<string> TargetGroups { get; } = ["displaced", "status-holders", "asylum-seekers"];

    /// <summary>Every finding code, in order.</summary>
    public static ImmutableArray<string> Findings { get; } = ["met", "not-met", "not-assessed"];

    /// <summary>The code of a target group.</summary>
    public static string Of(TargetGroup group) => TargetGroups[(int)group];

    /// <summary>The code of a finding.</summary>
    public static string Of(FindingResult result) => Findings[(int)result];

    /// <summary>The code of a status.</summary>
    public static string Of(QualityStatus status) => status switch
    {
        QualityStatus.Meets => "meets",
        QualityStatus.DoesNotMeet => "does-not-meet",
        _ => "not-fully-assessed",
    };

    /// <summary>The code of a funding scheme.</summary>
    public static string Of(FundingScheme scheme) => scheme == FundingScheme.Booo ? "booo" : "target-group-flexible";

    /// <summary>Reads a target group code; <c>null</c> when it is none.</summary>
    public static TargetGroup? TargetGroup(string? code)
    {
        var index = code is null ? -1 : TargetGroups.IndexOf(code);
        return index < 0 ? null : (TargetGroup)index;
    }

    /// <summary>Reads a finding code; <c>null</c> when it is none.</summary>
    public static FindingResult? Finding(string? code)
    {
        var index = code is null ? -1 : Findings.IndexOf(code);
        return index < 0 ? null : (FindingResult)index;
    }
}
