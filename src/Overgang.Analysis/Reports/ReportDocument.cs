using System.Collections.Immutable;

namespace Overgang.Analysis.Reports;

/// <summary>A finished report: self-contained HTML (inline CSS and SVG, no external references), its charts and every table.</summary>
/// <param name="Title">The report's title.</param>
/// <param name="Html">The HTML document.</param>
/// <param name="Charts">The charts, each with its table.</param>
/// <param name="Tables">Every table of the report, the summary first, including those behind the charts.</param>
/// <param name="Summary">The first page: five numbers and one chart.</param>
public sealed record ReportDocument(string Title, string Html, ImmutableArray<AnalysisChart> Charts, ImmutableArray<ReportTable> Tables, ReportSummary Summary);
