using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Overgang.Letters;

namespace Overgang.Web.Languages;

/// <summary>
/// Formats counts and amounts in euro cents per language without the OS culture data (the build sets invariant globalization):
/// Dutch "€ 1.234,56", Ukrainian "1 234,56 €" (narrow no-break space between thousands), English "€1,234.56";
/// and reads amounts and dates typed in a page's notation (the one parser of the pages' forms).
/// </summary>
internal static class Numbers
{
    /// <summary>The amount in the language's notation; negative amounts get a leading minus sign.</summary>
    public static string Euros(long cents, LetterLanguage language) => Rules.Texts.TextFormat.Euros(cents, language switch
    {
        LetterLanguage.Dutch => Rules.Texts.TextLanguage.Dutch,
        LetterLanguage.Ukrainian => Rules.Texts.TextLanguage.Ukrainian,
        LetterLanguage.English => Rules.Texts.TextLanguage.English,
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    });

    /// <summary>A count with the language's thousands separator.</summary>
    public static string Count(long count, LetterLanguage language)
    {
        var text = count.ToString("#,0", CultureInfo.InvariantCulture);
        return language switch
        {
            LetterLanguage.Dutch => text.Replace(',', '.'),
            LetterLanguage.Ukrainian => text.Replace(',', '\u202F'),
            _ => text,
        };
    }

    private const int MaxWholeDigits = 12;
    private const int GroupDigits = 3;
    private static readonly LocalDatePattern _iso = LocalDatePattern.Iso;
    private static readonly LocalDatePattern _dutchDate = LocalDatePattern.CreateWithInvariantCulture("dd'-'MM'-'uuuu");
    private static readonly LocalDatePattern _ukrainianDate = LocalDatePattern.CreateWithInvariantCulture("dd'.'MM'.'uuuu");
    private static readonly LocalDatePattern _englishDate = LocalDatePattern.CreateWithInvariantCulture("dd'/'MM'/'uuuu");

    /// <summary>
    /// Reads an amount in euros in the language's notation, as cents: Dutch "1.250,00", "1250,00", "1250"; Ukrainian
    /// "1 250,00" (any space between thousands); English "1,250.00"; a euro sign and a leading minus are allowed, at most
    /// two decimals, thousands separators only between groups of three digits. False when it is not such an amount.
    /// </summary>
    public static bool TryParseEuros(string? text, LetterLanguage language, out long cents)
    {
        cents = 0;
        var value = (text ?? "").Replace("€", "", StringComparison.Ordinal).Trim();
        var negative = value.StartsWith('-');
        if (negative)
        {
            value = value[1..].Trim();
        }

        var (decimalMark, groups) = language switch
        {
            LetterLanguage.Dutch => (',', ".".ToCharArray()),
            LetterLanguage.Ukrainian => (',', " \u00A0\u202F".ToCharArray()),
            LetterLanguage.English => ('.', ",".ToCharArray()),
            _ => throw new ArgumentOutOfRangeException(nameof(language)),
        };
        var mark = value.IndexOf(decimalMark, StringComparison.Ordinal);
        var whole = mark < 0 ? value : value[..mark];
        var fraction = mark < 0 ? "" : value[(mark + 1)..];
        if ((mark >= 0 && fraction.Length is 0 or > 2) || !fraction.All(char.IsAsciiDigit))
        {
            return false;
        }

        var parts = whole.Split(groups);
        if (parts[0].Length == 0 || !parts.All(p => p.All(char.IsAsciiDigit))
            || (parts.Length > 1 && (parts[0].Length > GroupDigits || parts.Skip(1).Any(p => p.Length != GroupDigits))))
        {
            return false;
        }

        var digits = string.Concat(parts);
        if (digits.Length > MaxWholeDigits)
        {
            return false;
        }

        var magnitude = (long.Parse(digits, CultureInfo.InvariantCulture) * 100) + (fraction.Length == 0 ? 0 : long.Parse(fraction.PadRight(2, '0'), CultureInfo.InvariantCulture));
        cents = negative ? -magnitude : magnitude;
        return true;
    }

    /// <summary>A date as typed in the language's forms: Dutch "15-03-2027", Ukrainian "15.03.2027", English "15/03/2027".</summary>
    public static string InputDate(LocalDate date, LetterLanguage language) => DatePattern(language).Format(date);

    /// <summary>Reads a date in the language's notation (<see cref="InputDate"/>) or ISO (2027-03-15).</summary>
    public static bool TryParseDate(string? text, LetterLanguage language, out LocalDate date)
    {
        var value = (text ?? "").Trim();
        var result = _iso.Parse(value);
        foreach (var pattern in ParsePatterns(language))
        {
            if (result.Success)
            {
                break;
            }

            result = pattern.Parse(value);
        }

        if (!result.Success)
        {
            return TryWrittenDate(value, language, out date);
        }

        date = result.Value;
        return true;
    }

    // Typed dates: day and month with one or two digits ("5-3-2027"); the month written out is read by WrittenDate.
    private static readonly LocalDatePattern[] _dutchParse = [LocalDatePattern.CreateWithInvariantCulture("d'-'M'-'uuuu")];

    private static readonly LocalDatePattern[] _ukrainianParse = [LocalDatePattern.CreateWithInvariantCulture("d'.'M'.'uuuu")];

    private static readonly LocalDatePattern[] _englishParse = [LocalDatePattern.CreateWithInvariantCulture("d'/'M'/'uuuu")];

    /// <summary>
    /// A date with the month written out as the pages show it ("15 maart 2027", "15 березня 2027", "15 March 2027"): the
    /// month is the one whose shown name it is (<see cref="Overgang.Letters.LetterDates.Format"/>), so reading and showing agree.
    /// </summary>
    private static bool TryWrittenDate(string value, LetterLanguage language, out LocalDate date)
    {
        date = default;
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2200)
        {
            return false;
        }

        for (var month = 1; month <= 12; month++)
        {
            var shown = Overgang.Letters.LetterDates.Format(new LocalDate(year, month, 1), language).Split(' ');
            if (shown.Length == 3 && string.Equals(shown[1], parts[1], StringComparison.OrdinalIgnoreCase))
            {
                if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
                {
                    return false;
                }

                date = new LocalDate(year, month, day);
                return true;
            }
        }

        return false;
    }

    private static LocalDatePattern[] ParsePatterns(LetterLanguage language) => language switch
    {
        LetterLanguage.Dutch => _dutchParse,
        LetterLanguage.Ukrainian => _ukrainianParse,
        LetterLanguage.English => _englishParse,
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    private static LocalDatePattern DatePattern(LetterLanguage language) => language switch
    {
        LetterLanguage.Dutch => _dutchDate,
        LetterLanguage.Ukrainian => _ukrainianDate,
        LetterLanguage.English => _englishDate,
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };
}
