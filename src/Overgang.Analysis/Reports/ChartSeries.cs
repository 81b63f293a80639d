using System.Collections.Immutable;

namespace Overgang.Analysis.Reports;

/// <summary>One series of a chart the host labels in its own language (<see cref="AnalysisCharts.LineSvg"/>, <see cref="AnalysisCharts.BarSvg"/>).</summary>
/// <param name="Label">The legend text.</param>
/// <param name="Values">One value per category.</param>
public sealed record ChartSeries(string Label, ImmutableArray<double> Values);
