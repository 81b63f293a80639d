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

        if (Ascii.IsValid(name))
        {
            return NormaliseAscii(name);
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

        // A symbol per character at most, two for an x.
        var size = normalised.Length * 2;
        var buffer = size <= 256 ? stackalloc char[size] : new char[size];
        var key = new Key(buffer);
        var i = 0;
        while (i < normalised.Length)
        {
            var c = normalised[i];
            var length = 1;
            var matched = false;

            // Only these letters begin a pattern (s, t, z, c, k, g, p): the others are never compared with the patterns.
            if (c is 's' or 't' or 'z' or 'c' or 'k' or 'g' or 'p')
            {
                foreach (var (from, to) in _patterns)
                {
                    if (string.CompareOrdinal(normalised, i, from, 0, from.Length) == 0)
                    {
                        length = from.Length;
                        matched = true;
                        key.Add(to);
                        break;
                    }
                }
            }

            if (!matched)
            {
                switch (c)
                {
                    case 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'j':
                        key.Vowel();
                        break;
                    case 'x':
                        key.Add('k');
                        key.Add('s');
                        break;
                    default:
                        key.Add(c switch { 'w' => 'v', 'h' or 'g' => 'H', 'c' => 'C', 'z' => 's', 'q' => 'k', _ => c });
                        break;
                }
            }

            i += length;
        }

        return key.ToString();
    }

    /// <summary>
    /// <see cref="Normalise"/> of a text that is all ASCII: none of it is Cyrillic, folded or decomposed, so the normal form
    /// is its letters in lower case.
    /// </summary>
    private static string NormaliseAscii(string name)
    {
        var buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            var lower = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
            if (lower is >= 'a' and <= 'z')
            {
                buffer[length++] = lower;
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>A phonetic key being written: a leading vowel kept once as <c>A</c>, a symbol not repeated.</summary>
    private ref struct Key(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;
        private int _length;
        private bool _first = true;

        public void Vowel()
        {
            if (_first)
            {
                _buffer[_length++] = 'A';
                _first = false;
            }
        }

        public void Add(char symbol)
        {
            _first = false;
            if (_length == 0 || _buffer[_length - 1] != symbol)
            {
                _buffer[_length++] = symbol;
            }
        }

        public override readonly string ToString() => new(_buffer[.._length]);
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';
}
