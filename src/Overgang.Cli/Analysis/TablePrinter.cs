using System.Globalization;
using System.Text.RegularExpressions;
using Overgang.Analysis.Reports;
using Spectre.Console;

namespace Overgang.Cli.Analysis;

/// <summary>
/// Prints report tables in the terminal, numbers right-aligned and grouped in thousands (135,010 and 171,717.97, as in
/// every other table of the command); the same tables as in the HTML report and CSV files, whose cells stay ungrouped.
/// </summary>
internal static partial class TablePrinter
{
    public static void Print(IAnsiConsole console, ReportTable table, int maximumRows = int.MaxValue)
    {
        var view = new Table().Border(TableBorder.Simple).Title(Markup.Escape(table.Title));
        foreach (var column in table.Columns)
        {
            view.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        var numeric = Enumerable.Range(0, table.Columns.Length)
            .Select(i => i > 0 && table.Rows.All(r => r[i].Length == 0 || r[i][0] is '+' or '-' || char.IsDigit(r[i][0])))
            .ToArray();
        foreach (var row in table.Rows.Take(maximumRows))
        {
            view.AddRow([.. row.Select((cell, i) => Markup.Escape(numeric[i] ? Grouped(cell) : cell))]);
        }

        if (table.Rows.Length > maximumRows)
        {
            view.AddRow([$"... {table.Rows.Length - maximumRows} more (all rows: overgang report)", .. Enumerable.Repeat("", table.Columns.Length - 1)]);
        }

        for (var i = 1; i < table.Columns.Length; i++)
        {
            if (numeric[i])
            {
                view.Columns[i].RightAligned();
            }
        }

        console.Write(view);
    }

    /// <summary>A plain number grouped in thousands in the console's culture, its decimals kept; anything else (a date, a month, a code) as it is.</summary>
    internal static string Grouped(string cell)
    {
        var match = PlainNumber().Match(cell);
        if (!match.Success || match.Groups["whole"].Length < 4)
        {
            return cell;
        }

        var decimals = Math.Max(0, match.Groups["fraction"].Length - 1);
        var grouped = decimal.Parse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Figures.Culture)
            .ToString("N" + decimals.ToString(Figures.Culture), Figures.Culture);
        return match.Groups["sign"].Value == "+" ? "+" + grouped : grouped;
    }

    [GeneratedRegex(@"^(?<sign>[+-]?)(?<whole>\d+)(?<fraction>\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
