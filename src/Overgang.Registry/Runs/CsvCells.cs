using System.Text;
using System.Text.RegularExpressions;

namespace Overgang.Registry.Runs;

/// <summary>
/// Cells of the run's CSV lists: RFC 4180 quoting, and text cells that a spreadsheet would read as a formula
/// (starting with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>) prefixed with a single quote.
/// </summary>
internal static partial class CsvCells
{
    /// <summary>One line of cells, already written with <see cref="Text"/> or as numbers, ended with a line feed.</summary>
    public static void Line(StringBuilder text, params ReadOnlySpan<string> cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(cells[i]);
        }

        text.Append('\n');
    }

    /// <summary>A text cell: guarded against formula injection and quoted when it holds a comma, quote or line break.</summary>
    public static string Text(string? value)
    {
        var cell = value ?? "";
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@')
        {
            cell = "'" + cell;
        }

        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    /// <summary>A municipality code fit to be part of a file name (letters and digits, at most 8); throws otherwise.</summary>
    public static string FileCode(string code)
    {
        if (!SafeCode().IsMatch(code))
        {
            throw new InvalidOperationException($"municipality code '{code}' cannot name a file: expected 1 to 8 letters or digits, such as GM0363");
        }

        return code;
    }

    [GeneratedRegex("^[A-Za-z0-9]{1,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeCode();
}
