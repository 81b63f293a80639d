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

    /// <summary>A term of the rules' texts (a target group, a kind of reception) in the language; the key when there is none.</summary>
    public static string Term(string key, TextLanguage language)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Text("terms", key, language) ?? key;
    }

    /// <summary>The name of one review flag.</summary>
    public static string Flag(ReviewFlags flag, TextLanguage language) =>
        TransitionNames.FlagOrder.Contains(flag) ? Text("flags", TransitionNames.Of(flag), language) ?? flag.ToString() : flag.ToString();

    /// <summary>Who owns an action or task.</summary>
    public static string Owner(ActionOwner owner, TextLanguage language) =>
        Enum.IsDefined(owner) ? Text("owners", TransitionNames.Of(owner), language) ?? owner.ToString() : owner.ToString();

    /// <summary>One explanation item in words, in the language.</summary>
    /// <remarks>Person ids stay ids: use the overload with names on a page.</remarks>
    public static string Explain(ExplanationItem item, TextLanguage language) => Explain(item, language, id => id);

    /// <summary>
    /// One explanation item in words, in the language, with every person named by <paramref name="personName"/> (a person
    /// it does not know is "a member of the household"). An item without a template (stored by an older version) is the
    /// rule's name and its value.
    /// </summary>
    public static string Explain(ExplanationItem item, TextLanguage language, Func<string, string?> personName)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(personName);
        if (item.Phrase is { } phrase && Render(phrase, language, personName) is { } text)
        {
            return text;
        }

        var name = Name(item.Rule, language);
        return item.Value is { } value ? $"{name}: {TextFormat.Euros(value.Cents, language)}" : name;
    }

    /// <summary>The English text of a phrase as the explanation (and the <c>calc</c> JSON) writes it: ids, <c>0.00</c> amounts, ISO dates.</summary>
    /// <exception cref="InvalidOperationException">The template is unknown or an argument is missing: a defect in the rules.</exception>
    internal static string Contract(TextPhrase phrase) =>
        Render(phrase, TextLanguage.English, null) ?? throw new InvalidOperationException($"the template {phrase.Template} is unknown or not filled by its arguments");

    /// <summary>The same with the English templates of a stored table (<paramref name="english"/>), so that a stored step reads back as it was written; <c>null</c> when a template is missing or not filled.</summary>
    internal static string? Contract(TextPhrase phrase, Func<string, TextTemplate?> english) => Render(phrase, TextLanguage.English, null, english);

    /// <summary>The English text of a template of the catalogue, or <c>null</c>.</summary>
    internal static string? EnglishTemplate(string key) => TextCatalogue.Default.TryGet("templates", key, out var entry) ? entry.English.Text : null;

    /// <summary>The separator between a template key and its English in a table of stored texts.</summary>
    internal const char TemplateSeparator = '\u001F';

    /// <summary>
    /// Whether a phrase's template is known and filled by its arguments, so that <see cref="Contract(TextPhrase)"/> can write
    /// its English: the template's placeholders and the phrases of its lists are walked, and nothing is written (the
    /// text is written once, when it is read). The same answer as writing it: every argument the contract writes as it is
    /// has text, a term needs its English, a list every phrase in it filled.
    /// </summary>
    internal static bool IsFilled(TextPhrase phrase)
    {
        if (!TextCatalogue.Default.TryGet("templates", phrase.Template, out var entry))
        {
            return false;
        }

        foreach (var (_, placeholder) in entry.English.Parts)
        {
            if (placeholder is not null && !(Find(phrase, placeholder) is { } argument && HasContractText(argument)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <see cref="Argument"/> writes an argument in the contract's English (no page, no stored table).</summary>
    private static bool HasContractText(TextArgument argument)
    {
        switch (argument.Kind)
        {
            case ArgumentKind.Text or ArgumentKind.Person or ArgumentKind.Amount or ArgumentKind.Number or ArgumentKind.Date
                or ArgumentKind.Month or ArgumentKind.Technical or ArgumentKind.Named:
                return argument.Cents is not null || argument.Value is not null;
            case ArgumentKind.Term:
                return Text("terms", argument.Value, TextLanguage.English) is not null;
            case ArgumentKind.List:
                foreach (var item in argument.Items)
                {
                    if (!IsFilled(item))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>A phrase in a language; <paramref name="personName"/> <c>null</c> writes it as the explanation does. <c>null</c> when the template is unknown or not filled.</summary>
    private static string? Render(TextPhrase phrase, TextLanguage language, Func<string, string?>? personName, Func<string, TextTemplate?>? english = null)
    {
        var text = Scratch();
        try
        {
            return Write(text, phrase, language, personName, english) ? text.ToString() : null;
        }
        finally
        {
            Return(text);
        }
    }

    /// <summary>This thread's builder for one rendering, taken (a rendering inside <c>personName</c> gets a new one).</summary>
    [ThreadStatic]
    private static System.Text.StringBuilder? _scratch;

    private static System.Text.StringBuilder Scratch()
    {
        var text = _scratch ?? new System.Text.StringBuilder(256);
        _scratch = null;
        return text;
    }

    private static void Return(System.Text.StringBuilder text)
    {
        if (text.Capacity <= 4096)
        {
            _scratch = text.Clear();
        }
    }

    /// <summary>Appends a phrase in a language to <paramref name="text"/>; false (with part of it appended) when the template is unknown or not filled.</summary>
    private static bool Write(System.Text.StringBuilder text, TextPhrase phrase, TextLanguage language, Func<string, string?>? personName, Func<string, TextTemplate?>? english)
    {
        var template = english is not null ? english(phrase.Template)
            : TextCatalogue.Default.TryGet("templates", phrase.Template, out var entry) ? entry.In(language) : null;
        if (template is null)
        {
            return false;
        }

        foreach (var (literal, placeholder) in template.Parts)
        {
            text.Append(literal);
            if (placeholder is not null && !(Find(phrase, placeholder) is { } argument && Argument(text, argument, language, personName, english)))
            {
                return false;
            }
        }

        return true;
    }

    private static TextArgument? Find(TextPhrase phrase, string name)
    {
        foreach (var argument in phrase.Arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>Appends an argument as a phrase shows it; false when it has no text.</summary>
    private static bool Argument(System.Text.StringBuilder text, TextArgument argument, TextLanguage language, Func<string, string?>? personName, Func<string, TextTemplate?>? english)
    {
        var display = personName is not null;
        switch (argument.Kind)
        {
            case ArgumentKind.Text:
                // Free text someone typed keeps its own words: on a page it is quoted in the language's quotation marks.
                if (!display)
                {
                    text.Append(argument.Value);
                    return true;
                }

                var (open, close) = language switch
                {
                    TextLanguage.Dutch => ('„', '”'),
                    TextLanguage.Ukrainian => ('«', '»'),
                    _ => ('“', '”'),
                };
                text.Append(open).Append(argument.Value).Append(close);
                return true;
            case ArgumentKind.Person:
                return Append(text, !display ? argument.Value : personName!(argument.Value) ?? Text("terms", "member", language));
            case ArgumentKind.Amount:
                return Append(text, !display ? argument.Value : CompactAmount(argument.Value, language));
            case ArgumentKind.Number:
                return Append(text, !display ? argument.Value : TextFormat.Number(argument.Value, language));
            case ArgumentKind.Date:
                return Append(text, !display ? argument.Value
                    : NodaTime.Text.LocalDatePattern.Iso.Parse(argument.Value) is { Success: true } date ? TextFormat.Date(date.Value, language) : null);
            case ArgumentKind.Month:
                return Append(text, !display ? argument.Value
                    : NodaTime.Text.YearMonthPattern.Iso.Parse(argument.Value) is { Success: true } month ? TextFormat.Month(month.Value, language) : null);
            case ArgumentKind.Technical:
                return Append(text, !display ? argument.Value : Text("terms", "technical", language));
            case ArgumentKind.Term:
                return Append(text, Text("terms", argument.Value, display ? language : TextLanguage.English));
            case ArgumentKind.Named:
                return Append(text, !display ? argument.Value : argument.Names.Length == 3 ? argument.Names[(int)language] : null);
            case ArgumentKind.List:
                string? separator = null;
                for (var i = 0; i < argument.Items.Length; i++)
                {
                    if (i > 0)
                    {
                        separator ??= argument.Value switch
                        {
                            "" => "",
                            "," => ", ",
                            _ => " " + (Text("terms", "and", display ? language : TextLanguage.English) ?? "and") + " ",
                        };
                        text.Append(separator);
                    }

                    if (!Write(text, argument.Items[i], language, personName, english))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    private static bool Append(System.Text.StringBuilder text, string? value)
    {
        text.Append(value);
        return value is not null;
    }

    private static string? CompactAmount(string value, TextLanguage language) =>
        decimal.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var euros)
            ? TextFormat.Euros((long)(euros * 100m), language)
            : null;

    /// <summary>
    /// The legal and policy sources a reference cites, as a page shows them: without the parameter tags the rules add
    /// (<c>[allowance.food from 2025-10-01]</c>), "(provisional)" and the project's own readings and assumptions
    /// ("Overgang assumption …, docs/adr/…"), which belong in the technical details. The citations are in the language
    /// of their source (mostly Dutch); <c>null</c> when the reference cites no source (only an assumption of the project).
    /// </summary>
    public static string? Citation(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var parts = new List<string>();
        foreach (var part in Untagged(reference).Split("; ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var text = part.Replace(" (provisional)", "", StringComparison.Ordinal).Trim();
            if (text.StartsWith("Overgang ", StringComparison.Ordinal) || text.StartsWith("not in the sources", StringComparison.Ordinal)
                || text.StartsWith("registry ", StringComparison.Ordinal) || text.Contains("docs/", StringComparison.Ordinal))
            {
                continue;
            }

            var secondary = text.IndexOf(" (secondary", StringComparison.Ordinal);
            text = secondary > 0 ? text[..secondary] : text;
            if (!parts.Contains(text, StringComparer.Ordinal))
            {
                parts.Add(text);
            }
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    /// <summary>Whether a reference rests (also) on the project's own reading or assumption, or on no source at all.</summary>
    public static bool IsOwnReading(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.Contains("Overgang ", StringComparison.Ordinal) || reference.Contains("not in the sources", StringComparison.Ordinal)
            || reference.Contains("(provisional)", StringComparison.Ordinal);
    }

    private static string Untagged(string reference)
    {
        var text = new System.Text.StringBuilder(reference.Length);
        var depth = 0;
        foreach (var c in reference)
        {
            depth += c == '[' ? 1 : 0;
            if (depth == 0)
            {
                text.Append(c);
            }

            depth -= c == ']' && depth > 0 ? 1 : 0;
        }

        return text.ToString().Replace(" ;", ";", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal).Trim();
    }

    /// <summary>The template keys, term keys and placeholder names of the catalogue: the strings stored phrases are worded with.</summary>
    internal static IEnumerable<string> PhraseStrings =>
        TextCatalogue.Default.Section("templates").Select(e => e.Key)
            .Concat(TextCatalogue.Default.Section("templates").Select(e => e.Key + TemplateSeparator + e.English.Text))
            .Concat(TextCatalogue.Default.Section("terms").Select(e => e.Key))
            .Concat(TextCatalogue.Default.Section("templates").SelectMany(e => e.English.Placeholders.Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal));

    /// <summary>The text of a key in a section of the catalogue, or <c>null</c>.</summary>
    internal static string? Text(string section, string key, TextLanguage language) =>
        TextCatalogue.Default.TryGet(section, key, out var entry) ? entry.In(language).Text : null;
}
