using System.Globalization;
using NodaTime;

namespace Overgang.Linkage.Records;

/// <summary>A birth date as another register holds it: a full date, or a year only (month and day 0).</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month (1 to 12), or 0 when only the year is known.</param>
/// <param name="Day">The day (1 to 31), or 0 when only the year is known.</param>
public readonly record struct LinkDate(int Year, int Month, int Day)
{
    /// <summary>Only the year is known.</summary>
    public bool YearOnly => Month == 0 || Day == 0;

    /// <summary>A full date.</summary>
    public static LinkDate From(LocalDate date) => new(date.Year, date.Month, date.Day);

    /// <summary>Reads <c>YYYY-MM-DD</c> or <c>YYYY</c>; <c>null</c> for an empty or unreadable text.</summary>
    public static LinkDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return new LinkDate(year, 0, 0);
        }

        if (t.Length == 10 && t[4] == '-' && t[7] == '-'
            && int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && int.TryParse(t.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(t.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && month is >= 1 and <= 12 && day is >= 1 and <= 31)
        {
            return new LinkDate(year, month, day);
        }

        return null;
    }

    /// <summary>The eight digits <c>YYYYMMDD</c> (month and day 00 when only the year is known).</summary>
    public string Digits => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}{Month:D2}{Day:D2}");

    /// <summary>The date with day and month in ascending order: equal for a date and its day/month swap.</summary>
    public string Unordered => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}{Math.Min(Month, Day):D2}{Math.Max(Month, Day):D2}");

    /// <inheritdoc/>
    public override string ToString() => YearOnly
        ? Year.ToString("D4", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}");
}
