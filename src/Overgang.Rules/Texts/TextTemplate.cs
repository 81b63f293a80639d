using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Overgang.Rules.Texts;

/// <summary>
/// A text with placeholders (<c>{person}: adult in a household of {size}</c>), parsed once: the literal parts and the
/// placeholder names in order. A placeholder is a letter followed by letters and digits in braces; a text has no other
/// braces.
/// </summary>
internal sealed class TextTemplate
{
    private readonly ImmutableArray<(string Literal, string? Placeholder)> _parts;

    private TextTemplate(string text, ImmutableArray<(string, string?)> parts)
    {
        Text = text;
        _parts = parts;
        Placeholders = parts.Where(p => p.Item2 is not null).Select(p => p.Item2!).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The text as written.</summary>
    public string Text { get; }

    /// <summary>The names of its placeholders.</summary>
    public FrozenSet<string> Placeholders { get; }

    /// <summary>Parses a text; a brace that does not open or close a well-formed placeholder is a problem.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out TextTemplate? template, [NotNullWhen(false)] out string? problem)
    {
        var parts = ImmutableArray.CreateBuilder<(string, string?)>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '}')
            {
                (template, problem) = (null, $"a '}}' without '{{' at {i} in \"{text}\"");
                return false;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var end = text.IndexOf('}', i);
            var name = end < 0 ? "" : text[(i + 1)..end];
            if (name.Length == 0 || !char.IsAsciiLetter(name[0]) || !name.All(char.IsAsciiLetterOrDigit))
            {
                (template, problem) = (null, $"a '{{' that opens no placeholder at {i} in \"{text}\"");
                return false;
            }

            parts.Add((literal.ToString(), name));
            literal.Clear();
            i = end;
        }

        if (literal.Length > 0 || parts.Count == 0)
        {
            parts.Add((literal.ToString(), null));
        }

        (template, problem) = (new TextTemplate(text, parts.ToImmutable()), null);
        return true;
    }

    /// <summary>The literal parts in order, each followed by the name of the placeholder after it (<c>null</c> after the last).</summary>
    public ImmutableArray<(string Literal, string? Placeholder)> Parts => _parts;
}
