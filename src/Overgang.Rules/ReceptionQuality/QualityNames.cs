using System.Collections.Immutable;
using Overgang.Rules.Texts;

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

    /// <summary>A target group in an explanation: its code in the explanation, its name (terms <c>group.*</c>) in the language on a page.</summary>
    public static TextArgument Named(string placeholder, TargetGroup group)
    {
        var key = "group." + Of(group);
        return Arg.Named(placeholder, Of(group), RuleTexts.Term(key, TextLanguage.Dutch), RuleTexts.Term(key, TextLanguage.Ukrainian), RuleTexts.Term(key, TextLanguage.English));
    }

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
