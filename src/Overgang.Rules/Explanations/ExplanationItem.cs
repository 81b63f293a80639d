using Overgang.Rules.Texts;

namespace Overgang.Rules.Explanations;

/// <summary>One step of an explanation: the rule that applied, its source, what it did in words, and its value.</summary>
/// <param name="Rule">Stable rule id, such as <c>allowance.food</c> (see <see cref="RuleIds"/>).</param>
/// <param name="Reference">The regulation or policy source, as a short citation.</param>
/// <param name="Text">What the rule did for this case, in plain words.</param>
/// <param name="Value">The amount the step produced, or <c>null</c> when it produced none.</param>
/// <remarks>
/// <para><see cref="Phrase"/> is not part of the output contract: the <c>calc</c> JSON writes rule, reference, text and value
/// only. It lets a page show the step in its own language (<see cref="RuleTexts.Explain(ExplanationItem, TextLanguage)"/>).</para>
/// <para>A step made by <see cref="Worded"/> writes its <see cref="Text"/> from the phrase when it is first read: a batch
/// run stores the phrase (<see cref="StoredExplanation"/>) and never needs the words, so it does not make them.</para>
/// </remarks>
public sealed record ExplanationItem(string Rule, string Reference, string Text, Money? Value)
{
    /// <summary>The text, or <c>null</c> until a worded step's text is first read.</summary>
    private string? _text = Text;

    /// <summary>The phrase a step made by <see cref="Worded"/> was worded from (its text is that phrase's English), else <c>null</c>.</summary>
    private TextPhrase? _wordedFrom;

    /// <summary>What the rule did for this case, in plain words.</summary>
    public string Text
    {
        get => _text ??= RuleTexts.Contract(_wordedFrom!);
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _text = value;
            _wordedFrom = null;
        }
    }

    /// <summary>The template and arguments <see cref="Text"/> was worded from, or <c>null</c> for a text without one.</summary>
    public TextPhrase? Phrase { get; init; }

    /// <summary>Whether <see cref="Text"/> is <see cref="Phrase"/> in the catalogue's English (the step was made by <see cref="Worded"/> from it).</summary>
    internal bool IsWordedFrom(TextPhrase phrase) => _wordedFrom is not null && ReferenceEquals(_wordedFrom, phrase);

    /// <summary>A step worded from a template: <see cref="Text"/> is the template's English with the arguments as the explanation writes them.</summary>
    /// <exception cref="InvalidOperationException">The template is unknown or an argument is missing: a defect in the rules.</exception>
    public static ExplanationItem Worded(string rule, string reference, TextPhrase phrase, Money? value)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return RuleTexts.IsFilled(phrase)
            ? new ExplanationItem(rule, reference, null!, value) { Phrase = phrase, _wordedFrom = phrase }
            : throw new InvalidOperationException($"the template {phrase.Template} is unknown or not filled by its arguments");
    }

    /// <inheritdoc/>
    public bool Equals(ExplanationItem? other) =>
        other is not null && Rule == other.Rule && Reference == other.Reference && Text == other.Text && Value == other.Value && Equals(Phrase, other.Phrase);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Rule, Reference, Text, Value, Phrase);
}
