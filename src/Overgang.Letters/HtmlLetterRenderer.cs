using System.Text;

namespace Overgang.Letters;

/// <summary>Renders a letter as one self-contained, accessible HTML document (no scripts, no external resources).</summary>
/// <remarks>
/// The output has a <c>lang</c> attribute, a letterhead (authority, postal address, case number, date), a document
/// title, one <c>h1</c> and <c>h2</c> per section, real lists, and inline CSS with enough contrast; it prints well and
/// reads well in a screen reader. Output is deterministic (LF line endings, no timestamps), so it can be
/// snapshot-tested byte for byte.
/// </remarks>
public static class HtmlLetterRenderer
{
    /// <summary>Renders the letter.</summary>
    public static string Render(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var html = new StringBuilder(4096);
        html.Append("<!DOCTYPE html>\n");
        html.Append("<html lang=\"").Append(Escape(letter.LanguageCode)).Append("\">\n");
        html.Append("<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Escape(letter.Title)).Append("</title>\n");
        html.Append("<style>\nbody{font-family:\"DejaVu Sans\",Arial,sans-serif;font-size:1rem;line-height:1.5;color:#111;background:#fff;max-width:42rem;margin:2rem auto;padding:0 1rem}\n");
        html.Append("h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.5rem}li{margin-bottom:.4rem}header p{margin:.2rem 0;color:#333}header .authority{font-weight:700;color:#111}\n</style>\n</head>\n<body>\n<main>\n");
        html.Append("<header>\n<p class=\"authority\">").Append(Escape(letter.Authority)).Append("</p>\n");
        foreach (var line in letter.Letterhead)
        {
            html.Append("<p>").Append(Escape(line)).Append("</p>\n");
        }

        html.Append("</header>\n");
        html.Append("<h1>").Append(Escape(letter.Title)).Append("</h1>\n");
        html.Append("<p>").Append(Escape(letter.Salutation)).Append("</p>\n");
        html.Append("<p>").Append(Escape(letter.Intro)).Append("</p>\n");
        foreach (var section in letter.Sections)
        {
            html.Append("<section>\n<h2>").Append(Escape(section.Heading)).Append("</h2>\n");
            foreach (var paragraph in section.Paragraphs)
            {
                html.Append("<p>").Append(Escape(paragraph)).Append("</p>\n");
            }

            if (!section.Items.IsEmpty)
            {
                html.Append("<ul>\n");
                foreach (var item in section.Items)
                {
                    html.Append("<li>").Append(Escape(item)).Append("</li>\n");
                }

                html.Append("</ul>\n");
            }

            html.Append("</section>\n");
        }

        html.Append("<footer>\n<p>").Append(Escape(letter.Closing)).Append("</p>\n</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Escapes the five HTML-special characters and nothing else, so that Cyrillic and accented letters stay readable in the source.</summary>
    private static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
