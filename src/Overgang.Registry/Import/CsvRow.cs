using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry.Facts.Validation;
using Overgang.Registry.Model;

namespace Overgang.Registry.Import;

/// <summary>One data row: typed access to its values that records a rejection for every value that does not parse.</summary>
internal sealed class CsvRow
{
    private static readonly YearMonthPattern _month = YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM");
    private readonly string[] _fields;
    private readonly Dictionary<string, int> _columns;
    private readonly List<ImportRejection> _problems = [];

    public CsvRow(int line, string[] fields, Dictionary<string, int> columns)
    {
        Line = line;
        _fields = fields;
        _columns = columns;
    }

    /// <summary>The line the row starts on (the header is line 1).</summary>
    public int Line { get; }

    /// <summary>True while no value was rejected.</summary>
    public bool IsValid => _problems.Count == 0;

    /// <summary>Every problem found, in column order of checking.</summary>
    public IReadOnlyList<ImportRejection> Problems => _problems;

    public void Reject(string field, string reason) => _problems.Add(new ImportRejection(Line, field, reason));

    /// <summary>Records a problem of the validation shared with changes by hand (<see cref="FactError"/>), naming its field; nothing for <c>null</c>.</summary>
    public void Reject(FactError? problem)
    {
        if (problem is not null)
        {
            Reject(problem.Field, problem.Message);
        }
    }

    /// <summary>Records every problem of the validation shared with changes by hand, each naming its field.</summary>
    public void Reject(IEnumerable<FactError> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var problem in problems)
        {
            Reject(problem);
        }
    }

    /// <summary>Whether the file has the column (an optional column may be left out).</summary>
    public bool Has(string field) => _columns.ContainsKey(field);

    /// <summary>The raw value, or <c>null</c> for an empty cell (or a missing one, already a row problem), or when the file has no such column.</summary>
    public string? Raw(string field)
    {
        if (!_columns.TryGetValue(field, out var index))
        {
            return null;
        }

        return index < _fields.Length && _fields[index].Length > 0 ? _fields[index] : null;
    }

    /// <summary>
    /// A text value: not longer than <paramref name="maxLength"/>, no leading or trailing spaces, and no control or
    /// bidirectional formatting characters (<see cref="FreeText"/>; line breaks only where <paramref name="lineBreaks"/>).
    /// </summary>
    public string? Text(string field, bool required, int maxLength = 200, bool lineBreaks = false)
    {
        var value = Raw(field);
        if (value is null)
        {
            if (required)
            {
                Reject(field, "required");
            }

            return null;
        }

        if (value.Length > maxLength)
        {
            Reject(field, $"longer than {maxLength} characters");
            return null;
        }

        if (FreeText.Problem(value, lineBreaks) is { } problem)
        {
            Reject(field, problem);
            return null;
        }

        if (value.Trim().Length != value.Length)
        {
            Reject(field, "has leading or trailing spaces");
            return null;
        }

        return value;
    }

    public string? OneOf(string field, bool required, params string[] allowed)
    {
        var value = Text(field, required);
        if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
        {
            Reject(field, $"'{value}' is not one of {string.Join(", ", allowed)}");
            return null;
        }

        return value;
    }

    public LocalDate? Date(string field, bool required)
    {
        var value = Text(field, required);
        if (value is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(value);
        if (!result.Success)
        {
            Reject(field, $"'{value}' is not a date (YYYY-MM-DD)");
            return null;
        }

        return result.Value;
    }

    public LocalDate? Month(string field, bool required)
    {
        var value = Text(field, required);
        if (value is null)
        {
            return null;
        }

        var result = _month.Parse(value);
        if (!result.Success)
        {
            Reject(field, $"'{value}' is not a month (YYYY-MM)");
            return null;
        }

        return result.Value.OnDayOfMonth(1);
    }

    /// <summary>Euros with at most two decimals and a point, as cents; not negative.</summary>
    public long? Money(string field, bool required)
    {
        var value = Text(field, required);
        if (value is null)
        {
            return null;
        }

        var point = value.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? value : value[..point];
        var fraction = point < 0 ? "" : value[(point + 1)..];
        if (whole.Length is 0 or > 12 || !whole.All(char.IsAsciiDigit) || (point >= 0 && fraction.Length == 0) || !fraction.All(char.IsAsciiDigit))
        {
            Reject(field, $"'{value}' is not an amount in euros like 1450.00 (not negative, a point for decimals)");
            return null;
        }

        if (fraction.Length > 2)
        {
            Reject(field, $"'{value}' has more than two decimals");
            return null;
        }

        return (long.Parse(whole, CultureInfo.InvariantCulture) * 100) + long.Parse(fraction.PadRight(2, '0'), CultureInfo.InvariantCulture);
    }

    public int? Count(string field, bool required)
    {
        var value = Text(field, required);
        if (value is null)
        {
            return null;
        }

        if (!value.All(char.IsAsciiDigit) || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            Reject(field, $"'{value}' is not a whole number of zero or more");
            return null;
        }

        return count;
    }

    public bool? Boolean(string field, bool required)
    {
        var value = OneOf(field, required, "true", "false");
        return value is null ? null : value == "true";
    }

    /// <summary>An ISO 3166 alpha-2 code: two capital letters.</summary>
    public string? Country(string field, bool required)
    {
        var value = Text(field, required);
        if (value is not null && (value.Length != 2 || !value.All(char.IsAsciiLetterUpper)))
        {
            Reject(field, $"'{value}' is not a country code (ISO 3166 alpha-2, such as UA)");
            return null;
        }

        return value;
    }

    /// <summary>Rejects <paramref name="to"/> before <paramref name="from"/>.</summary>
    public void NotBefore(string field, LocalDate? to, LocalDate? from, string fromField)
    {
        if (to is { } end && from is { } start && end < start)
        {
            Reject(field, $"{LocalDatePattern.Iso.Format(end)} is before {fromField} {LocalDatePattern.Iso.Format(start)}");
        }
    }
}
