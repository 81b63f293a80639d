using System.Collections.Immutable;

namespace Overgang.Analysis.Reports;

/// <summary>The first page of a report: the answer in five numbers and one chart.</summary>
/// <param name="Figures">The key figures (label, value, what it means), also written as the table <c>summary</c>.</param>
/// <param name="Chart">The one chart of the summary page.</param>
public sealed record ReportSummary(ImmutableArray<KeyFigure> Figures, AnalysisChart Chart)
{
    /// <summary>The key figures as a table (for the CSV output and the web application).</summary>
    public ReportTable Table => new("summary", "Summary: the answer in five numbers", ["figure", "value", "detail"],
        [.. Figures.Select(f => ReformTables.Row(f.Label, f.Value, f.Detail))]);
}

/// <summary>One key figure of a report's summary.</summary>
/// <param name="Label">What is counted, in words.</param>
/// <param name="Value">The number, formatted for reading (thousands separators, unit).</param>
/// <param name="Detail">The band, the comparison or the date that the number needs to be read correctly.</param>
public sealed record KeyFigure(string Label, string Value, string Detail);
