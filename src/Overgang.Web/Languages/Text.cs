using Overgang.Letters;

namespace Overgang.Web.Languages;

/// <summary>Picks the text of the page's language; the three versions sit side by side where they are used.</summary>
internal static class Text
{
    /// <summary>The Dutch, Ukrainian or English version.</summary>
    public static string T(this LetterLanguage language, string dutch, string ukrainian, string english) => language switch
    {
        LetterLanguage.Dutch => dutch,
        LetterLanguage.Ukrainian => ukrainian,
        LetterLanguage.English => english,
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    /// <summary>The name of a language in that language, for the language switch.</summary>
    public static string OwnName(LetterLanguage language) => language.T("Nederlands", "Українська", "English");

    /// <summary>A date as day, month name and year in the language (the letters' format).</summary>
    public static string Date(this LetterLanguage language, NodaTime.LocalDate date) => LetterDates.Format(date, language);
}
