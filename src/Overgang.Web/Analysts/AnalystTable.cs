using System.Collections.Immutable;

namespace Overgang.Web.Analysts;

/// <summary>A table on an analyst page: caption and headers in the page's language, cells formatted for it.</summary>
/// <param name="Id">The table's id (the CSV download of the same numbers has it as its name).</param>
/// <param name="Caption">The caption.</param>
/// <param name="Headers">Column headers; the first column heads the rows.</param>
/// <param name="Numeric">Per column: numbers, aligned to the end.</param>
/// <param name="Rows">The cells.</param>
/// <param name="Keys">Per row: a key written as <c>data-key</c> (the metric and date of a figure), or empty.</param>
/// <param name="More">Rows left off the page (they are in the CSV download).</param>
/// <param name="Entered">Per column: text people entered, in a language the page cannot know (marked <c>lang=""</c>); default: none.</param>
public sealed record AnalystTable(string Id, string Caption, ImmutableArray<string> Headers, ImmutableArray<bool> Numeric, ImmutableArray<ImmutableArray<string>> Rows, ImmutableArray<string> Keys, int More = 0, ImmutableArray<bool> Entered = default);

/// <summary>A chart with its text alternative and the table of the numbers behind it.</summary>
/// <param name="Id">The chart's id.</param>
/// <param name="Title">The chart's heading.</param>
/// <param name="Svg">The chart as inline SVG.</param>
/// <param name="Alternative">What the chart shows, in words.</param>
/// <param name="Table">The numbers behind it.</param>
public sealed record AnalystChart(string Id, string Title, string Svg, string Alternative, AnalystTable Table);
