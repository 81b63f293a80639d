using Overgang.Rules.Explanations;
using Overgang.Rules.Transition;

namespace Overgang.Rules.Texts;

/// <summary>
/// The words of the rules for people who read them on a page: the name of every rule id, the text of every reason,
/// action, task and review flag, and every explanation item, in Dutch, Ukrainian and English.
/// </summary>
/// <remarks>
/// The texts are data kept beside the rules (<c>Texts/Data/*.yaml</c>, docs/adr/0012-rule-texts.md): per rule id,
/// reason code, task code, flag, owner and explanation template one entry with its three languages. Nothing here
/// decides; an unknown key answers with what a reader can still use (the rule's name, the code), never with English
/// prose on a Dutch page.
/// </remarks>
public static class RuleTexts
{
    /// <summary>Reads the catalogue now, so that a malformed text file stops the application at start-up.</summary>
    /// <exception cref="Parameters.ParameterFileException">A text file is malformed; the message names the file and line.</exception>
    public static void Verify() => _ = TextCatalogue.Default;

    /// <summary>The short name of a rule, such as "Food money" for <c>allowance.food</c>.</summary>
    public static string Name(string ruleId, TextLanguage language)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        return Text("rules", ruleId, language) ?? ruleId;
    }

    /// <summary>The text of an action or follow-up task by its stored code (<see cref="TaskTexts"/>), in staff wording.</summary>
    public static string Task(string code, TextLanguage language)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Text("tasks", code, language) ?? code;
    }

    /// <summary>The text of a decision reason, from its rule id and the English text the decider gave it.</summary>
    /// <remarks>A text the rules no longer give (a decision stored by an older version) is shown as the rule's name.</remarks>
    public static string Reason(string ruleId, string englishText, TextLanguage language)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(englishText);
        return ReasonTexts.CodeOf(englishText) is { } code && Text("reasons", code, language) is { } text ? text : Name(ruleId, language);
    }

    /// <summary>The name of one review flag.</summary>
    public static string Flag(ReviewFlags flag, TextLanguage language) =>
        TransitionNames.FlagOrder.Contains(flag) ? Text("flags", TransitionNames.Of(flag), language) ?? flag.ToString() : flag.ToString();

    /// <summary>Who owns an action or task.</summary>
    public static string Owner(ActionOwner owner, TextLanguage language) =>
        Enum.IsDefined(owner) ? Text("owners", TransitionNames.Of(owner), language) ?? owner.ToString() : owner.ToString();

    /// <summary>One explanation item in words, in the language.</summary>
    public static string Explain(ExplanationItem item, TextLanguage language)
    {
        ArgumentNullException.ThrowIfNull(item);
        _ = language;
        return item.Text;
    }

    /// <summary>The text of a key in a section of the catalogue, or <c>null</c>.</summary>
    internal static string? Text(string section, string key, TextLanguage language) =>
        TextCatalogue.Default.TryGet(section, key, out var entry) ? entry.In(language).Text : null;
}
