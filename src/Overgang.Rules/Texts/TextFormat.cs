using System.Globalization;
using NodaTime;

namespace Overgang.Rules.Texts;

/// <summary>
/// Dates, amounts and numbers in a language, from data held here rather than the OS culture (the build uses invariant
/// globalization): "4 maart 2027", "4 березня 2027", "4 March 2027"; "€ 1.234,56", "1 234,56 €", "€1,234.56".
/// </summary>
/// <remarks>The one place these notations are written: the letters' dates and the pages' amounts use it too.</remarks>
public static class TextFormat
{
    private static readonly string[] _dutch =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    // Genitive, as in a day-month-year date.
    private static readonly string[] _ukrainian =
        ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"];

    private static readonly string[] _english =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // Nominative, as in a month and year ("березень 2027").
    private static readonly string[] _ukrainianNominative =
        ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"];

    /// <summary>A month and year: "maart 2027", "березень 2027", "March 2027".</summary>
    public static string Month(YearMonth month, TextLanguage language)
    {
        var months = language switch
        {
            TextLanguage.Dutch => _dutch,
            TextLanguage.Ukrainian => _ukrainianNominative,
            TextLanguage.English => _english,
            _ => throw new ArgumentOutOfRangeException(nameof(language)),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{months[month.Month - 1]} {month.Year}");
    }

    /// <summary>The date as day, month name and year.</summary>
    public static string Date(LocalDate date, TextLanguage language)
    {
        var months = language switch
        {
            TextLanguage.Dutch => _dutch,
            TextLanguage.Ukrainian => _ukrainian,
            TextLanguage.English => _english,
            _ => throw new ArgumentOutOfRangeException(nameof(language)),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{date.Day} {months[date.Month - 1]} {date.Year}");
    }

    /// <summary>An amount of cents in the language's notation; a negative amount has a leading minus sign.</summary>
    public static string Euros(long cents, TextLanguage language)
    {
        var sign = cents < 0 ? "-" : "";
        var magnitude = Math.Abs(cents);
        var whole = (magnitude / 100).ToString("#,0", CultureInfo.InvariantCulture);
        var fraction = (magnitude % 100).ToString("00", CultureInfo.InvariantCulture);
        return language switch
        {
            TextLanguage.Dutch => $"{sign}€ {whole.Replace(',', '.')},{fraction}",
            TextLanguage.Ukrainian => $"{sign}{whole.Replace(',', '\u202F')},{fraction} €",
            TextLanguage.English => $"{sign}€{whole}.{fraction}",
            _ => throw new ArgumentOutOfRangeException(nameof(language)),
        };
    }

    /// <summary>A number written with a decimal point (<c>33.33</c>) with the language's decimal sign.</summary>
    public static string Number(string invariant, TextLanguage language)
    {
        ArgumentNullException.ThrowIfNull(invariant);
        return language == TextLanguage.English ? invariant : invariant.Replace('.', ',');
    }
}
