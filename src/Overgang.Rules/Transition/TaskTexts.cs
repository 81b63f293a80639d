using System.Collections.Frozen;
using T = Overgang.Rules.Transition.ReasonTexts;

namespace Overgang.Rules.Transition;

/// <summary>
/// The codes under which the registry stores the actions and follow-up tasks of decisions, and their plain-English texts:
/// a task row keeps the code and readers resolve the text here.
/// </summary>
/// <remarks>Codes are stored: never rename one. A task's kind does not always fix its text (leaving the Netherlands is
/// worded for the return programme and for protection that ended), so there is one code per text.</remarks>
public static class TaskTexts
{
    private static readonly FrozenDictionary<string, string> _texts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["withdraw-asylum-application"] = T.ActionWithdraw,
        ["complete-public-order-check"] = T.ActionPublicOrder,
        ["decide-permit-application"] = T.ActionPermit,
        ["sign-return-commitment"] = T.ActionSign,
        ["agree-departure-date"] = T.ActionDeparture,
        ["establish-asylum-pending-on-tcn-end"] = T.ActionEstablishTcn,
        ["take-out-health-insurance"] = T.TaskInsurance,
        ["enrol-in-health-insurance"] = T.TaskEnrol,
        ["assess-household-for-social-assistance"] = T.TaskSocialAssistance,
        ["move-to-regular-housing"] = T.TaskHousing,
        ["pay-statutory-tuition"] = T.TaskTuition,
        ["no-civic-integration"] = T.TaskNoIntegration,
        ["provide-reception-until-departure"] = T.TaskReception,
        ["leave-the-netherlands"] = T.TaskDepart,
        ["leave-after-protection-ended"] = T.TaskLeaveTcn,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> _codes = _texts.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Every code with its text.</summary>
    public static IReadOnlyDictionary<string, string> All => _texts;

    /// <summary>The code of an action's or task's text, or <c>null</c> for a text that has none.</summary>
    public static string? CodeOf(string text) => _codes.GetValueOrDefault(text);

    /// <summary>The text of a code, or <c>null</c> for an unknown code.</summary>
    public static string? TextOf(string code) => _texts.GetValueOrDefault(code);

    /// <summary>
    /// Whether a code states what applies rather than asking anyone to act: no civic-integration obligation (nothing to
    /// start), statutory tuition (what an enrolment costs from its date). A case file shows these as information, not as
    /// tasks, and they set no deadline.
    /// </summary>
    public static bool IsInformation(string? code) => code is "no-civic-integration" or "pay-statutory-tuition";
}
