using System.Globalization;
using System.Text;

namespace Overgang.Linkage.Names;

/// <summary>
/// Normalises a name written in any script or transliteration system, and derives a phonetic key on which the
/// renderings of one Cyrillic name (Oleksandr, Aleksandr, Olexandr, Oleksander, Aleksander, Олександр) agree.
/// </summary>
/// <remarks>
/// <para>Normal form: Cyrillic (Ukrainian or Russian letters) transliterated by the Ukrainian national system, lower case,
/// diacritics folded (ł to l, ż and ž to zh, š to sh, č to ch, ß to ss, ü to u), letters a to z only.</para>
/// <para>Phonetic key: the normal form with the spellings of one sound folded to one symbol (shch, szcz, schtsch, sch,
/// sh, sz, zh for ш/ж/щ; tsch, tch, cz, ch, ts, tz, c for ч/ц; kh, gh, h, g for х/г; w for в; x for ks), a leading
/// vowel (or y, j) kept as one symbol, every later vowel dropped, and repeated symbols written once. It is a blocking
/// and comparison key, not a spelling: two different names can share it, and Jaro-Winkler on the normal forms tells
/// them apart.</para>
/// </remarks>
public static class NameKey
{
    private static readonly (string From, char To)[] _patterns =
    [
        ("schtsch", 'S'), ("shch", 'S'), ("szcz", 'S'), ("tsch", 'C'), ("sch", 'S'), ("tch", 'C'), ("sh", 'S'), ("sz", 'S'),
        ("zh", 'S'), ("cz", 'C'), ("ch", 'C'), ("kh", 'H'), ("gh", 'H'), ("ts", 'C'), ("tz", 'C'), ("ph", 'f'), ("ck", 'k'),
    ];

    /// <summary>The normal form: Latin letters a to z only, lower case; empty when nothing is left.</summary>
    public static string Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var text = name;
        if (text.Any(IsCyrillic))
        {
            text = UkrainianTransliteration.ToLatin(Transliteration.RussianLetters(text));
        }

        var folded = new StringBuilder(text.Length + 4);
        foreach (var c in text.ToLowerInvariant())
        {
            folded.Append(c switch
            {
                'ł' => "l",
                'ß' => "ss",
                'ž' or 'ż' => "zh",
                'š' => "sh",
                'č' => "ch",
                'æ' => "ae",
                'ø' => "o",
                _ => c.ToString(),
            });
        }

        var result = new StringBuilder(folded.Length);
        foreach (var c in folded.ToString().Normalize(NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z')
            {
                result.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
        }

        return result.ToString();
    }

    /// <summary>The phonetic key of a normal form (see the remarks of <see cref="NameKey"/>).</summary>
    public static string Phonetic(string normalised)
    {
        ArgumentNullException.ThrowIfNull(normalised);
        var key = new StringBuilder(normalised.Length);
        var i = 0;
        var first = true;
        while (i < normalised.Length)
        {
            char symbol;
            var length = 1;
            var matched = false;
            foreach (var (from, to) in _patterns)
            {
                if (string.CompareOrdinal(normalised, i, from, 0, from.Length) == 0)
                {
                    symbol = to;
                    length = from.Length;
                    matched = true;
                    Add(key, symbol, ref first);
                    break;
                }
            }

            if (!matched)
            {
                var c = normalised[i];
                switch (c)
                {
                    case 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'j':
                        if (first)
                        {
                            key.Append('A');
                            first = false;
                        }

                        break;
                    case 'x':
                        Add(key, 'k', ref first);
                        Add(key, 's', ref first);
                        break;
                    default:
                        Add(key, c switch { 'w' => 'v', 'h' or 'g' => 'H', 'c' => 'C', 'z' => 's', 'q' => 'k', _ => c }, ref first);
                        break;
                }
            }

            i += length;
        }

        return key.ToString();
    }

    private static void Add(StringBuilder key, char symbol, ref bool first)
    {
        first = false;
        if (key.Length == 0 || key[^1] != symbol)
        {
            key.Append(symbol);
        }
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';
}
