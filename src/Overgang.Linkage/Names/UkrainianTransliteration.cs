using System.Text;

namespace Overgang.Linkage.Names;

/// <summary>
/// The official Ukrainian national transliteration from Cyrillic to Latin (Cabinet of Ministers resolution No. 55 of
/// 27 January 2010), as used in Ukrainian passports.
/// </summary>
/// <remarks>
/// Є, Ї, Й, Ю and Я are written Ye, Yi, Y, Yu, Ya at the start of a word and ie, i, i, iu, ia elsewhere; "зг" is
/// written "zgh"; the soft sign and the apostrophe are not written.
/// </remarks>
public static class UkrainianTransliteration
{
    /// <summary>Transliterates Ukrainian Cyrillic text; characters outside the Ukrainian alphabet are kept.</summary>
    public static string ToLatin(string cyrillic)
    {
        ArgumentNullException.ThrowIfNull(cyrillic);
        var latin = new StringBuilder(cyrillic.Length + 4);
        for (var i = 0; i < cyrillic.Length; i++)
        {
            var c = cyrillic[i];
            var lower = char.ToLowerInvariant(c);
            var previous = i == 0 ? '\0' : char.ToLowerInvariant(cyrillic[i - 1]);
            var wordStart = i == 0 || !(char.IsLetter(previous) || IsApostrophe(previous));
            var text = lower switch
            {
                'а' => "a",
                'б' => "b",
                'в' => "v",
                'г' => previous == 'з' ? "gh" : "h",
                'ґ' => "g",
                'д' => "d",
                'е' => "e",
                'є' => wordStart ? "ye" : "ie",
                'ж' => "zh",
                'з' => "z",
                'и' => "y",
                'і' => "i",
                'ї' => wordStart ? "yi" : "i",
                'й' => wordStart ? "y" : "i",
                'к' => "k",
                'л' => "l",
                'м' => "m",
                'н' => "n",
                'о' => "o",
                'п' => "p",
                'р' => "r",
                'с' => "s",
                'т' => "t",
                'у' => "u",
                'ф' => "f",
                'х' => "kh",
                'ц' => "ts",
                'ч' => "ch",
                'ш' => "sh",
                'щ' => "shch",
                'ь' => "",
                'ю' => wordStart ? "yu" : "iu",
                'я' => wordStart ? "ya" : "ia",
                _ when IsApostrophe(lower) => "",
                _ => c.ToString(),
            };
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

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';
}
