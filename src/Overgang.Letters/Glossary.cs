using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Overgang.Letters;

/// <summary>Explains acronyms and Dutch names at their first use in a letter, in reading order.</summary>
/// <remarks>
/// At the first text (line, paragraph or list item) in which a term occurs as a whole word, the explanation is added in
/// brackets after it, unless that text already carries the explanation (as the authority's name does for the IND).
/// Later uses stay short. The person's name in the greeting is never changed.
/// </remarks>
internal static class Glossary
{
    public static Letter Explain(Letter letter, ImmutableArray<(string Term, string Explanation)> glossary)
    {
        if (glossary.IsEmpty)
        {
            return letter;
        }

        var explained = new HashSet<string>(StringComparer.Ordinal);
        string Text(string text)
        {
            foreach (var (term, explanation) in glossary)
            {
                if (explained.Contains(term))
                {
                    continue;
                }

                var match = Regex.Match(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(term)}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant);
                if (!match.Success)
                {
                    continue;
                }

                explained.Add(term);
                if (!text.Contains(explanation, StringComparison.Ordinal))
                {
                    text = text.Insert(match.Index + match.Length, $" ({explanation})");
                }
            }

            return text;
        }

        var authority = Text(letter.Authority);
        var letterhead = letter.Letterhead.Select(Text).ToImmutableArray();
        var title = Text(letter.Title);
        var intro = Text(letter.Intro);
        var sections = letter.Sections.Select(section =>
        {
            var heading = Text(section.Heading);
            var paragraphs = section.Paragraphs.Select(Text).ToImmutableArray();
            var items = section.Items.Select(Text).ToImmutableArray();
            return new LetterSection(heading, paragraphs, items);
        }).ToImmutableArray();
        return letter with
        {
            Authority = authority,
            Letterhead = letterhead,
            Title = title,
            Intro = intro,
            Sections = sections,
            Closing = Text(letter.Closing),
        };
    }
}
