using System.Globalization;
using NodaTime;

namespace Overgang.Letters;

/// <summary>Formats dates for letters per language from month names held as data, not from the OS culture.</summary>
/// <remarks>The build sets invariant globalization, so culture data is not available; the month names are the genitive
/// forms used in a day-month-year date (Ukrainian "4 березня 2027").</remarks>
public static class LetterDates
{
    private static readonly string[] _dutch =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly string[] _ukrainian =
        ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"];

    private static readonly string[] _english =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The date as day, month name and year: "4 maart 2027", "4 березня 2027", "4 March 2027".</summary>
    public static string Format(LocalDate date, LetterLanguage language)
    {
        var months = language switch
        {
            LetterLanguage.Dutch => _dutch,
            LetterLanguage.Ukrainian => _ukrainian,
            LetterLanguage.English => _english,
            _ => throw new ArgumentOutOfRangeException(nameof(language)),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{date.Day} {months[date.Month - 1]} {date.Year}");
    }

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
