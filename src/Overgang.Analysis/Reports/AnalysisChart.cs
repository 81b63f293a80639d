using System.Collections.Immutable;

namespace Overgang.Analysis.Reports;

/// <summary>A chart as SVG text and PNG bytes, with the table of the numbers behind it.</summary>
/// <remarks>The web application's analyst pages embed <see cref="Svg"/> directly and show <see cref="Table"/> beneath it.</remarks>
/// <param name="Id">A file-name-safe id, such as <c>projection-population</c>.</param>
/// <param name="Title">The chart's title.</param>
/// <param name="Svg">The chart as an SVG document (no external references).</param>
/// <param name="Png">The chart as PNG bytes.</param>
/// <param name="Table">The numbers behind the chart.</param>
/// <param name="Notes">What the reader must be told with the chart (how the official figures compare with the band, a
/// capacity it runs above), drawn on the chart and written beneath it.</param>
public sealed record AnalysisChart(string Id, string Title, string Svg, ImmutableArray<byte> Png, ReportTable Table, ImmutableArray<string> Notes);
