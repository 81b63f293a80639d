using System.Collections.Immutable;
using System.Text;
using Overgang.Registry.Files;

namespace Overgang.Analysis.Reports;

/// <summary>A table behind a chart or a section of a report: plain text cells, numbers written invariantly.</summary>
/// <remarks>Numbers carry no thousands separators and amounts are euros with two decimals, so the CSV reads back exactly.</remarks>
/// <param name="Id">A file-name-safe id, such as <c>reform-paths</c>.</param>
/// <param name="Title">The caption.</param>
/// <param name="Columns">Column headers.</param>
/// <param name="Rows">Rows, each as long as <paramref name="Columns"/>.</param>
public sealed record ReportTable(string Id, string Title, ImmutableArray<string> Columns, ImmutableArray<ImmutableArray<string>> Rows)
{
    /// <summary>The table as CSV through the one <see cref="CsvFileWriter"/> (RFC 4180 quoting, <c>\n</c> line ends; plain numbers as numbers, any other cell as guarded text).</summary>
    public string ToCsv() => CsvFileWriter.ToText(csv =>
    {
        csv.Header(Columns.AsSpan());
        foreach (var row in Rows)
        {
            foreach (var cell in row)
            {
                csv.Cell(cell);
            }

            csv.EndRow();
        }
    });

    /// <summary>The table as aligned plain text (for snapshots and terminals without tables).</summary>
    public string ToText()
    {
        var widths = Columns.Select((c, i) => Rows.Select(r => r[i].Length).Append(c.Length).Max()).ToArray();
        var text = new StringBuilder(Title).Append('\n');
        void Line(IEnumerable<string> cells) => text.AppendJoin("  ", cells.Select((c, i) => c.PadLeft(widths[i]))).Append('\n');
        Line(Columns);
        foreach (var row in Rows)
        {
            Line(row);
        }

        return text.ToString();
    }
}
