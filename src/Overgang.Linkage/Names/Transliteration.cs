using System.Text;

namespace Overgang.Linkage.Names;

/// <summary>The ways a Cyrillic name is written in Latin script by the authorities a person meets.</summary>
public enum TransliterationSystem
{
    /// <summary>The Ukrainian national system (KMU 2010), as in Ukrainian passports since 2010.</summary>
    UkrainianNational,

    /// <summary>The older passport and Russian-style rendering (g for г, i for и, y for й; as in Soviet-era and Russian documents).</summary>
    PassportRussian,

    /// <summary>A German rendering (sch, tsch, w, j, ch for х), as German authorities often wrote names from hearing.</summary>
    German,

    /// <summary>A Polish rendering (sz, cz, szcz, w, j, ch for х, ż for ж).</summary>
    Polish,
}

/// <summary>Renders Cyrillic names (Ukrainian or Russian letters) in one of the <see cref="TransliterationSystem"/>s.</summary>
public static class Transliteration
{
    /// <summary>Writes <paramref name="cyrillic"/> in Latin script by <paramref name="system"/>; other characters are kept.</summary>
    public static string Render(string cyrillic, TransliterationSystem system)
    {
        ArgumentNullException.ThrowIfNull(cyrillic);
        if (system == TransliterationSystem.UkrainianNational)
        {
            return UkrainianTransliteration.ToLatin(RussianLetters(cyrillic));
        }

        var latin = new StringBuilder(cyrillic.Length + 8);
        for (var i = 0; i < cyrillic.Length; i++)
        {
            var c = cyrillic[i];
            var lower = char.ToLowerInvariant(c);
            var previous = i == 0 ? '\0' : char.ToLowerInvariant(cyrillic[i - 1]);
            var wordStart = i == 0 || !char.IsLetter(previous);
            var next = i + 1 < cyrillic.Length ? char.ToLowerInvariant(cyrillic[i + 1]) : '\0';
            var text = system switch
            {
                TransliterationSystem.PassportRussian => Passport(lower, wordStart, next),
                TransliterationSystem.German => German(lower, wordStart),
                _ => Polish(lower, wordStart),
            } ?? c.ToString();
            if (text.Length > 0 && lower != c)
            {
                latin.Append(char.ToUpperInvariant(text[0])).Append(text, 1, text.Length - 1);
            }
            else
            {
                latin.Append(text);
            }
        }

        return latin.ToString();
    }

    /// <summary>Russian letters the Ukrainian table lacks, replaced by their nearest Ukrainian letters.</summary>
    internal static string RussianLetters(string cyrillic) =>
        cyrillic.Replace('ы', 'и').Replace('Ы', 'И').Replace('э', 'е').Replace('Э', 'Е').Replace("ъ", "", StringComparison.Ordinal)
            .Replace("Ъ", "", StringComparison.Ordinal).Replace("ё", "йо", StringComparison.Ordinal).Replace("Ё", "Йо", StringComparison.Ordinal);

    private static string? Passport(char c, bool wordStart, char next) => c switch
    {
        'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'ґ' => "g", 'д' => "d", 'е' => wordStart ? "ye" : "e", 'є' => "ye",
        'ж' => "zh", 'з' => "z", 'и' => next == 'й' ? "i" : "i", 'і' => "i", 'ї' => "yi", 'й' => "y", 'к' => "k", 'л' => "l",
        'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' => "u", 'ф' => "f",
        'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch", 'ь' => "", 'ю' => "yu", 'я' => "ya",
        'ы' => "y", 'э' => "e", 'ё' => "yo", 'ъ' => "", '\'' or '’' or 'ʼ' => "",
        _ => null,
    };

    private static string? German(char c, bool wordStart) => c switch
    {
        'а' => "a", 'б' => "b", 'в' => "w", 'г' => "h", 'ґ' => "g", 'д' => "d", 'е' => "e", 'є' => "je", 'ж' => "sch",
        'з' => "s", 'и' => "y", 'і' => "i", 'ї' => "ji", 'й' => "j", 'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n",
        'о' => "o", 'п' => "p", 'р' => "r", 'с' => wordStart ? "s" : "ss", 'т' => "t", 'у' => "u", 'ф' => "f", 'х' => "ch",
        'ц' => "z", 'ч' => "tsch", 'ш' => "sch", 'щ' => "schtsch", 'ь' => "", 'ю' => "ju", 'я' => "ja",
        'ы' => "y", 'э' => "e", 'ё' => "jo", 'ъ' => "", '\'' or '’' or 'ʼ' => "",
        _ => null,
    };

    private static string? Polish(char c, bool wordStart) => c switch
    {
        'а' => "a", 'б' => "b", 'в' => "w", 'г' => "h", 'ґ' => "g", 'д' => "d", 'е' => "e", 'є' => "je", 'ж' => "ż",
        'з' => "z", 'и' => "y", 'і' => "i", 'ї' => "ji", 'й' => "j", 'к' => "k", 'л' => "ł", 'м' => "m", 'н' => "n",
        'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' => "u", 'ф' => "f", 'х' => "ch", 'ц' => "c",
        'ч' => "cz", 'ш' => "sz", 'щ' => "szcz", 'ь' => wordStart ? "" : "", 'ю' => "ju", 'я' => "ja",
        'ы' => "y", 'э' => "e", 'ё' => "jo", 'ъ' => "", '\'' or '’' or 'ʼ' => "",
        _ => null,
    };
}
