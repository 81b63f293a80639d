using NodaTime;
using Overgang.Rules.Texts;

namespace Overgang.Letters;

/// <summary>Formats dates for letters per language (<see cref="TextFormat.Date"/>: month names held as data, not from the OS culture).</summary>
public static class LetterDates
{
    /// <summary>The date as day, month name and year: "4 maart 2027", "4 березня 2027", "4 March 2027".</summary>
    public static string Format(LocalDate date, LetterLanguage language) => TextFormat.Date(date, language switch
    {
        LetterLanguage.Dutch => TextLanguage.Dutch,
        LetterLanguage.Ukrainian => TextLanguage.Ukrainian,
        LetterLanguage.English => TextLanguage.English,
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    });

    /// <summary>The ISO code of a language (<c>nl</c>, <c>uk</c>, <c>en</c>), as used in the HTML <c>lang</c> attribute.</summary>
    public static string Code(LetterLanguage language) => language switch
    {
        LetterLanguage.Dutch => "nl",
        LetterLanguage.Ukrainian => "uk",
        LetterLanguage.English => "en",
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    /// <summary>Reads a language code.</summary>
    public static bool TryParse(string? code, out LetterLanguage language)
    {
        (var found, language) = code switch
        {
            "nl" => (true, LetterLanguage.Dutch),
            "uk" => (true, LetterLanguage.Ukrainian),
            "en" => (true, LetterLanguage.English),
            _ => (false, LetterLanguage.English),
        };
        return found;
    }
}
