using Overgang.Rules.Texts;

namespace Overgang.Rules.Explanations;

/// <summary>One step of an explanation: the rule that applied, its source, what it did in words, and its value.</summary>
/// <param name="Rule">Stable rule id, such as <c>allowance.food</c> (see <see cref="RuleIds"/>).</param>
/// <param name="Reference">The regulation or policy source, as a short citation.</param>
/// <param name="Text">What the rule did for this case, in plain words.</param>
/// <param name="Value">The amount the step produced, or <c>null</c> when it produced none.</param>
/// <remarks>
/// <see cref="Phrase"/> is not part of the output contract: the <c>calc</c> JSON writes rule, reference, text and value
/// only. It lets a page show the step in its own language (<see cref="RuleTexts.Explain(ExplanationItem, TextLanguage)"/>).
/// </remarks>
public sealed record ExplanationItem(string Rule, string Reference, string Text, Money? Value)
{
    /// <summary>The template and arguments <see cref="Text"/> was worded from, or <c>null</c> for a text without one.</summary>
    public TextPhrase? Phrase { get; init; }

    /// <summary>A step worded from a template: <see cref="Text"/> is the template's English with the arguments as the explanation writes them.</summary>
    /// <exception cref="InvalidOperationException">The template is unknown or an argument is missing: a defect in the rules.</exception>
    public static ExplanationItem Worded(string rule, string reference, TextPhrase phrase, Money? value)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return new ExplanationItem(rule, reference, RuleTexts.Contract(phrase), value) { Phrase = phrase };
    }
}
