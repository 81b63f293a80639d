using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Overgang.Web.Tests.Support;

/// <summary>
/// The page language check: a rendered page holds only text of its own language. It reads every visible text node of
/// the page (not inside <c>script</c>, <c>style</c>, an element that declares another language with <c>lang</c> such as
/// the language switch, or a "technical details" disclosure marked <c>data-technical</c>) and fails, naming the text,
/// when the document's <c>lang</c> is not the page's language, when a Dutch page holds an English word or an English
/// page a Dutch one (words that belong to only one of the two languages), when a Ukrainian page holds a Latin-script
/// word that is not an acronym or an allowed name, or when any page shows an internal id: a person or household id, a
/// rule id or parameter path (<c>allowance.food</c>), a repository path (<c>docs/adr</c>, <c>.yaml</c>) or an ISO date.
/// Names that are data (municipalities, organisations) are passed as <c>allowed</c>.
/// </summary>
public static partial class PageLanguage
{
    private static readonly HashSet<string> EnglishOnly = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "with", "you", "your", "this", "that", "are", "from", "will", "which", "not", "for", "has", "have",
        "household", "adult", "child", "amount", "allowance", "contribution", "month", "none", "yes", "no", "unknown",
        "withdraw", "application", "page", "search", "next", "previous", "total",
    };

    private static readonly HashSet<string> DutchOnly = new(StringComparer.OrdinalIgnoreCase)
    {
        "het", "een", "niet", "voor", "wordt", "worden", "uw", "zijn", "naar", "bij", "geen", "ook", "deze", "wij", "huishouden",
        "maand", "bedrag", "leefgeld", "eigen", "bijdrage", "volgende", "vorige", "totaal", "ja", "nee", "onbekend", "zoeken",
    };

    /// <summary>Words allowed on every page: the product's name, acronyms with mixed case, units.</summary>
    private static readonly HashSet<string> Neutral = new(StringComparer.Ordinal)
    {
        "Overgang", "DTenV", "RooO", "mbo", "hbo", "wo", "PDF", "CSV", "HTML", "JSON", "SVG", "PNG", "e-mail", "E-mail", "km", "Wlz", "Clingendael", "VluchtelingenWerk",
    };

    /// <summary>
    /// Dutch terms a page may give in brackets after their translation, so that a reader recognises them in letters and
    /// at the counter ("допомога на проживання (leefgeld)"): technical terms, which WCAG 3.1.2 exempts from marking.
    /// </summary>
    private static readonly string[] Glossary =
    [
        "Het Juridisch Loket", "Dienst Terugkeer en Vertrek", "Algemene wet bestuursrecht", "eigen bijdrage", "leefgeld", "bezwaar", "bijstand", "basisverzekering",
        "premie", "zorgverzekeraar", "zorgtoeslag", "gemeente", "transitiedocument", "opvang",
    ];

    private static string RemoveTerms(string gloss) => Glossary.Aggregate(gloss, (text, term) => text.Replace(term, " ", StringComparison.Ordinal));

    public static async Task AssertAsync(IPage page, string language, IEnumerable<string>? allowed = null)
    {
        var problems = await ProblemsAsync(page, language, allowed);
        Assert.True(problems.Count == 0, $"page language check ({language}) on {page.Url}:\n" + string.Join("\n", problems));
    }

    /// <summary>What is wrong with the page's language, one line each (empty when nothing is).</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page, string language, IEnumerable<string>? allowed = null)
    {
        var names = new HashSet<string>(Neutral, StringComparer.Ordinal);
        foreach (var name in allowed ?? [])
        {
            foreach (var word in Words().Matches(name).Select(m => m.Value))
            {
                names.Add(word);
            }
        }

        var found = await page.EvaluateAsync<JsonElement>("""
            () => {
              const technical = el => el.closest('[data-technical]') && !el.closest('summary');
              const skip = el => el.closest('script, style, noscript, template, [hidden], [aria-hidden="true"]') || technical(el)
                || (el.closest('[lang]') && el.closest('[lang]') !== document.documentElement && el.closest('[lang]').getAttribute('lang') !== document.documentElement.lang);
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              const texts = [];
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const text = n.textContent.replace(/\s+/g, ' ').trim();
                if (text && n.parentElement && !skip(n.parentElement)) texts.push(text);
              }
              for (const el of document.querySelectorAll('[title], [aria-label], [alt], [placeholder], input[type=submit][value], button[value]')) {
                if (skip(el)) continue;
                for (const a of ['title', 'aria-label', 'alt', 'placeholder']) { const v = el.getAttribute(a); if (v && v.trim()) texts.push(v.trim()); }
                if (el.tagName === 'INPUT' && el.type === 'submit' && el.value) texts.push(el.value);
              }
              return { lang: document.documentElement.lang, texts };
            }
            """);
        var problems = new List<string>();
        var declared = found.GetProperty("lang").GetString();
        if (!string.Equals(declared, language, StringComparison.Ordinal))
        {
            problems.Add($"the document declares lang=\"{declared}\", not \"{language}\"");
        }

        foreach (var text in found.GetProperty("texts").EnumerateArray().Select(t => t.GetString()!).Distinct(StringComparer.Ordinal))
        {
            if (Problem(text, language, names) is { } problem)
            {
                problems.Add($"{problem}: \"{text}\"");
            }
        }

        return problems;
    }

    private static string? Problem(string text, string language, HashSet<string> names)
    {
        // Addresses of web sites and e-mail are data, whatever the language.
        var prose = Address().Replace(text, " ");
        var words = Glossed().Replace(Quoted().Replace(prose, " "), m => Glossary.Any(term => m.Value.Contains(term, StringComparison.Ordinal)) ? RemoveTerms(m.Value) : m.Value);
        if (InternalId().Match(prose) is { Success: true } id)
        {
            return $"an internal id or path ({id.Value})";
        }

        if (IsoDate().IsMatch(prose))
        {
            return "an ISO date";
        }

        foreach (var word in Words().Matches(words).Select(m => m.Value))
        {
            if (names.Contains(word))
            {
                continue;
            }

            var latin = word.All(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '-' || char.IsAsciiDigit(c) || c is 'ë' or 'é' or 'ï' or 'ü' or 'ö' or 'è' or 'á');
            switch (language)
            {
                case "nl" when EnglishOnly.Contains(word) && !DutchOnly.Contains(word):
                    return $"the English word \"{word}\" on a Dutch page";
                case "en" when DutchOnly.Contains(word) && !EnglishOnly.Contains(word):
                    return $"the Dutch word \"{word}\" on an English page";
                case "uk" when latin && word.Any(char.IsAsciiLetter) && !IsAcronym(word) && word.Count(char.IsAsciiLetter) >= 3:
                    return $"the Latin-script word \"{word}\" on a Ukrainian page";
            }
        }

        return null;
    }

    /// <summary>An acronym (IND, COA, BSN, EU) or a code in capitals (a case number) may stand in any language; an acronym is explained at first use.</summary>
    private static bool IsAcronym(string word) => word.Where(char.IsLetter).All(char.IsUpper);

    [GeneratedRegex(@"[\p{L}][\p{L}\p{M}'’ʼ-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    [GeneratedRegex(@"(https?://\S+|www\.\S+|\S+@\S+\.\S+|\b[\w-]+\.(nl|eu|ua|com|org|gov|int)\b\S*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(@"(\b[PH]\d{6,}\b|\b[a-z][a-z-]+\.[a-z][a-z-]+(\.[a-z][a-z0-9-]*)*\b|\b(docs|src|tests|reforms)/|\.(ya?ml|md|cs|razor)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex InternalId();

    /// <summary>A bracketed part of a text (where a Dutch term is glossed).</summary>
    [GeneratedRegex(@"\([^()]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Glossed();

    /// <summary>A quotation (“…”, "…", „…”, «…»): cited words keep the language they were written in.</summary>
    [GeneratedRegex("(\"[^\"]*\"|“[^”]*”|„[^”“]*[”“]|«[^»]*»)", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
