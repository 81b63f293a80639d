using System.Globalization;
using System.Text;
using Overgang.Rules;

namespace Overgang.Registry.Files;

/// <summary>
/// The one CSV writer for every file the product writes (payment and other month lists, totals, rejection reports, the
/// generator's export, analysis tables): UTF-8 without BOM, comma-separated, <c>\n</c> line ends, RFC 4180 quoting.
/// </summary>
/// <remarks>
/// <para>A field that holds the separator, a quote, CR or LF is quoted (quotes doubled); any other field is written as is,
/// so a file that needs no quoting is byte for byte what a plain join gives.</para>
/// <para>Text fields that a spreadsheet would read as a formula, those starting with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or CR, get a leading single quote (OWASP, CSV injection). Number fields never do, so negative amounts
/// stay numbers; a number field only takes a plain invariant number (<c>-12.50</c>), so text cannot pass as one.</para>
/// </remarks>
public sealed class CsvFileWriter : IDisposable
{
    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;
    private bool _first = true;

    /// <summary>Writes to <paramref name="writer"/>, which the caller keeps and disposes.</summary>
    public CsvFileWriter(TextWriter writer)
        : this(writer, ownsWriter: false)
    {
    }

    private CsvFileWriter(TextWriter writer, bool ownsWriter)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _ownsWriter = ownsWriter;
    }

    /// <summary>Creates (or overwrites) a file, UTF-8 without BOM.</summary>
    public static CsvFileWriter Create(string path) =>
        new(new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16), ownsWriter: true);

    /// <summary>Writes a whole file into a string.</summary>
    public static string ToText(Action<CsvFileWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvFileWriter(text))
        {
            write(csv);
        }

        return text.ToString();
    }

    /// <summary>A header line: every name a text field.</summary>
    public CsvFileWriter Header(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            Text(name);
        }

        return EndRow();
    }

    /// <summary>A text field: guarded against formulas and quoted when needed; <c>null</c> is an empty field.</summary>
    public CsvFileWriter Text(string? value)
    {
        var cell = value ?? "";
        if (cell.Length > 0 && IsFormulaStart(cell[0]))
        {
            cell = "'" + cell;
        }

        return Raw(cell);
    }

    /// <summary>A number field: a plain invariant number (optional minus, digits, optional point and digits) or empty.</summary>
    /// <exception cref="ArgumentException">The value is not such a number: a defect of the caller, which must use <see cref="Text"/>.</exception>
    public CsvFileWriter Number(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && !IsNumber(value))
        {
            throw new ArgumentException($"'{value}' is not a plain number; write it as text", nameof(value));
        }

        return Raw(value);
    }

    /// <summary>A whole number.</summary>
    public CsvFileWriter Number(long value) => Raw(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>An amount in euros with two decimals (<c>-12.50</c>).</summary>
    public CsvFileWriter Number(Money value) => Raw(value.ToString());

    /// <summary>A field whose kind is not known to the caller (an analysis table's cells): a number when it is a plain number, else text.</summary>
    public CsvFileWriter Cell(string? value) => value is not null && IsNumber(value) ? Raw(value) : Text(value);

    /// <summary>Ends the line.</summary>
    public CsvFileWriter EndRow()
    {
        _writer.Write('\n');
        _first = true;
        return this;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_ownsWriter)
        {
            _writer.Dispose();
        }
    }

    /// <summary>True for a character that makes a spreadsheet read a cell as a formula: <c>= + - @</c>, tab, CR.</summary>
    public static bool IsFormulaStart(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>True for a plain invariant number: an optional minus, digits, and optionally a point and digits.</summary>
    public static bool IsNumber(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var i = value.StartsWith('-') ? 1 : 0;
        var start = i;
        while (i < value.Length && char.IsAsciiDigit(value[i]))
        {
            i++;
        }

        if (i == start)
        {
            return false;
        }

        if (i == value.Length)
        {
            return true;
        }

        if (value[i] != '.' || i + 1 == value.Length)
        {
            return false;
        }

        i++;
        while (i < value.Length && char.IsAsciiDigit(value[i]))
        {
            i++;
        }

        return i == value.Length;
    }

    private CsvFileWriter Raw(string cell)
    {
        if (!_first)
        {
            _writer.Write(',');
        }

        _first = false;
        if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
        {
            _writer.Write('"');
            _writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
            _writer.Write('"');
        }
        else
        {
            _writer.Write(cell);
        }

        return this;
    }
}
