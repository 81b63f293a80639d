using Overgang.Rules.Explanations;
using Overgang.Rules.Transition;

namespace Overgang.Rules.Texts;

/// <summary>
/// The words of the rules for people who read them on a page: the name of every rule id, the text of every reason,
/// action, task and review flag, and every explanation item, in Dutch, Ukrainian and English.
/// </summary>
/// <remarks>
/// SEAM (issue 14, item 1): the signatures are fixed; the catalogue behind them (texts per rule id and language kept as
/// data beside the rules' references) is being filled in. Until then every method answers in English.
/// </remarks>
public static class RuleTexts
{
    /// <summary>The short name of a rule, such as "Food money" for <c>allowance.food</c>.</summary>
    public static string Name(string ruleId, TextLanguage language)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        _ = language;
        return ruleId;
    }

    /// <summary>The text of an action or follow-up task by its stored code (<see cref="TaskTexts"/>), in staff wording.</summary>
    public static string Task(string code, TextLanguage language)
    {
        ArgumentNullException.ThrowIfNull(code);
        _ = language;
        return TaskTexts.TextOf(code) ?? code;
    }

    /// <summary>The text of a decision reason, from its rule id and the English text the decider gave it.</summary>
    public static string Reason(string ruleId, string englishText, TextLanguage language)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(englishText);
        _ = language;
        return englishText;
    }

    /// <summary>The name of one review flag.</summary>
    public static string Flag(ReviewFlags flag, TextLanguage language)
    {
        _ = language;
        return flag.ToString();
    }

    /// <summary>Who owns an action or task.</summary>
    public static string Owner(ActionOwner owner, TextLanguage language)
    {
        _ = language;
        return owner.ToString();
    }

    /// <summary>One explanation item in words, in the language.</summary>
    public static string Explain(ExplanationItem item, TextLanguage language)
    {
        ArgumentNullException.ThrowIfNull(item);
        _ = language;
        return item.Text;
    }
}
