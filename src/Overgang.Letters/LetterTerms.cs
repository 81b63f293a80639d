using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace Overgang.Letters;

/// <summary>The terms a letter computes: the last day to object, deadlines after the letter's date, and the case number.</summary>
public static class LetterTerms
{
    private const string Crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>
    /// The last day of the objection term: the term starts on the day after the letter's date (Awb art. 6:8 lid 1, the
    /// letter being sent on its date) and lasts <paramref name="weeks"/> weeks (Awb art. 6:7); a last day on a Saturday,
    /// Sunday or generally recognised holiday moves to the next day that is none of these (Algemene termijnenwet art. 1).
    /// </summary>
    public static LocalDate ObjectionLastDay(LocalDate letterDate, int weeks)
    {
        var last = letterDate.PlusWeeks(weeks);
        while (!IsWorkingDay(last))
        {
            last = last.PlusDays(1);
        }

        return last;
    }

    /// <summary>
    /// Whether a day is not a Saturday, Sunday or generally recognised holiday in the sense of the Algemene
    /// termijnenwet art. 3 lid 1: New Year's Day, Easter Monday, Ascension Day, Whit Monday, Christmas Day and Boxing Day,
    /// the day the King's birthday is celebrated (27 April, or 26 April when the 27th is a Sunday) and 5 May.
    /// </summary>
    public static bool IsWorkingDay(LocalDate day)
    {
        if (day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        {
            return false;
        }

        var easter = EasterSunday(day.Year);
        var kingsDay = new LocalDate(day.Year, 4, 27) is { DayOfWeek: IsoDayOfWeek.Sunday } sunday ? sunday.PlusDays(-1) : new LocalDate(day.Year, 4, 27);
        return !(day == new LocalDate(day.Year, 1, 1)
            || day == easter.PlusDays(1)
            || day == easter.PlusDays(39)
            || day == easter.PlusDays(50)
            || day == new LocalDate(day.Year, 12, 25)
            || day == new LocalDate(day.Year, 12, 26)
            || day == kingsDay
            || day == new LocalDate(day.Year, 5, 5));
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    public static LocalDate EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    /// <summary>
    /// The deadline a letter states for a due date: the due date itself when it is at least <paramref name="minimumDays"/>
    /// days after the letter's date, otherwise the letter's date plus <paramref name="minimumDays"/> days.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumDays"/> is less than one: a deadline must fall after the letter's date.</exception>
    public static LocalDate Deadline(LocalDate due, LocalDate letterDate, int minimumDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumDays, 1);
        var earliest = letterDate.PlusDays(minimumDays);
        return due < earliest ? earliest : due;
    }

    /// <summary>
    /// The case number of a person's decision on a date: <c>PREFIX-YYYY-XXXX-XXXX</c>, the year of the decision and eight
    /// Crockford base-32 characters of the SHA-256 hash of the person's id and the decision date. The same person and
    /// date always give the same number, on any machine; 40 bits make a collision among 135,010 persons on one date
    /// unlikely (about 1 in 120) but not impossible, so the registry remains the authority on identity.
    /// </summary>
    public static string CaseNumber(string personId, LocalDate date, string prefix)
    {
        ArgumentNullException.ThrowIfNull(personId);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{personId}\n{date:yyyy-MM-dd}")), hash);
        ulong bits = 0;
        for (var i = 0; i < 5; i++)
        {
            bits = (bits << 8) | hash[i];
        }

        var code = new StringBuilder(9);
        for (var i = 7; i >= 0; i--)
        {
            code.Append(Crockford[(int)((bits >> (5 * i)) & 31)]);
            if (i == 4)
            {
                code.Append('-');
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{date.Year:D4}-{code}");
    }
}
