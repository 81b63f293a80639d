using Overgang.Analysis.Reports;
using Spectre.Console;

namespace Overgang.Cli.Analysis;

/// <summary>Prints report tables in the terminal, numbers right-aligned; the same tables as in the HTML report and CSV files.</summary>
internal static class TablePrinter
{
    public static void Print(IAnsiConsole console, ReportTable table, int maximumRows = int.MaxValue)
    {
        var view = new Table().Border(TableBorder.Simple).Title(Markup.Escape(table.Title));
        foreach (var column in table.Columns)
        {
            view.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        foreach (var row in table.Rows.Take(maximumRows))
        {
            view.AddRow([.. row.Select(Markup.Escape)]);
        }

        if (table.Rows.Length > maximumRows)
        {
            view.AddRow([$"... {table.Rows.Length - maximumRows} more (all rows: overgang report)", .. Enumerable.Repeat("", table.Columns.Length - 1)]);
        }

        for (var i = 1; i < table.Columns.Length; i++)
        {
            if (table.Rows.All(r => r[i].Length == 0 || r[i][0] is '+' or '-' || char.IsDigit(r[i][0])))
            {
                view.Columns[i].RightAligned();
            }
        }

        console.Write(view);
    }
}
