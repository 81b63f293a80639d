using System.Collections.Immutable;

namespace Overgang.Rules.Texts;

/// <summary>What an argument of a phrase is, which decides how it is shown in each language.</summary>
public enum ArgumentKind
{
    /// <summary>Free text (a reason a case worker typed): shown as it is.</summary>
    Text,

    /// <summary>A person id: shown as the person's name where the page knows it.</summary>
    Person,

    /// <summary>An amount in euros written <c>0.00</c>: shown in the language's notation.</summary>
    Amount,

    /// <summary>A number written with a decimal point: shown with the language's decimal sign.</summary>
    Number,

    /// <summary>A date written <c>yyyy-MM-dd</c>: shown as day, month name and year.</summary>
    Date,

    /// <summary>The key of a term (<c>terms</c> in the catalogue): its English text in the explanation, its text in the language on a page.</summary>
    Term,

    /// <summary>A list of phrases (<see cref="TextArgument.Items"/>): joined without a separator (<c>""</c>), with commas (<c>","</c>) or with the word "and" (<c>"and"</c>).</summary>
    List,

    /// <summary>Something for the technical details (a parameter id, a message naming one): written as it is in the explanation, on a page a pointer to the details.</summary>
    Technical,

    /// <summary>A month written <c>yyyy-MM</c>: shown as month name and year.</summary>
    Month,

    /// <summary>
    /// Something the rules' data names in every language (a quality criterion, a target group, a municipality): its code
    /// in the explanation, its name in the language on a page (<see cref="TextArgument.Names"/>).
    /// </summary>
    Named,
}

/// <summary>One argument of a phrase: its placeholder name, kind and value as the explanation writes it.</summary>
/// <param name="Name">The placeholder it fills (<c>person</c> for <c>{person}</c>).</param>
/// <param name="Kind">How it is shown.</param>
/// <param name="Value">The value as the English explanation writes it (an id, <c>144.12</c>, <c>2027-03-04</c>, a term key, a list's separator).</param>
public sealed record TextArgument(string Name, ArgumentKind Kind, string Value)
{
    /// <summary>The cents of an amount made with <see cref="TextArgument(string, Money)"/>, until <see cref="Value"/> is set otherwise.</summary>
    private readonly long? _cents;

    /// <summary>
    /// An amount: its <see cref="Value"/> (<c>144.12</c>) is written only when it is read. A month run stores the
    /// explanation of every payment by its cents (<see cref="Explanations.StoredExplanation.Encode"/>) and never reads most
    /// of these texts.
    /// </summary>
    internal TextArgument(string name, Money amount)
        : this(name, ArgumentKind.Amount, null!) => _cents = amount.Cents;

    /// <summary>The value as the English explanation writes it (an id, <c>144.12</c>, <c>2027-03-04</c>, a term key, a list's separator).</summary>
    public string Value
    {
        get => field ??= _cents is { } cents ? new Money(cents).ToString() : null!;
        init
        {
            field = value;
            _cents = null;
        }
    }

    = Value;

    /// <summary>The amount's cents when it was made from an amount (its <see cref="Value"/> is then that amount written <c>0.00</c>).</summary>
    internal long? Cents => _cents;

    /// <summary>The phrases of a <see cref="ArgumentKind.List"/>; empty otherwise.</summary>
    public ImmutableArray<TextPhrase> Items { get; init; } = [];

    /// <summary>The names of a <see cref="ArgumentKind.Named"/> in Dutch, Ukrainian and English (the order of <see cref="TextLanguage"/>); empty otherwise.</summary>
    public ImmutableArray<string> Names { get; init; } = [];

    /// <inheritdoc/>
    public bool Equals(TextArgument? other) =>
        other is not null && Name == other.Name && Kind == other.Kind && Value == other.Value && Items.SequenceEqual(other.Items) && Names.SequenceEqual(other.Names);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Kind, Value, Items.Length);
}

/// <summary>
/// The words of an explanation item as a template of the rules' texts (<c>templates</c> in the catalogue) and its
/// arguments, so that a page can show it in its own language (docs/adr/0012-rule-texts.md).
/// </summary>
/// <param name="Template">The template key, such as <c>allowance.food.member</c>.</param>
/// <param name="Arguments">The values of its placeholders.</param>
public sealed record TextPhrase(string Template, ImmutableArray<TextArgument> Arguments)
{
    /// <inheritdoc/>
    public bool Equals(TextPhrase? other) => other is not null && Template == other.Template && Arguments.SequenceEqual(other.Arguments);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Template, Arguments.Length);

    /// <summary>A phrase of a template and its arguments.</summary>
    public static TextPhrase Of(string template, params ReadOnlySpan<TextArgument> arguments) => new(template, [.. arguments]);
}
