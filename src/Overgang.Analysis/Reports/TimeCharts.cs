using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using ScottPlot;

namespace Overgang.Analysis.Reports;

/// <summary>How a <see cref="TimeSeries"/> is drawn.</summary>
public enum TimeMark
{
    /// <summary>A line through the values.</summary>
    Line,

    /// <summary>Markers only (published figures).</summary>
    Points,

    /// <summary>A filled band from <see cref="TimeSeries.Values"/> (lower) to <see cref="TimeSeries.Upper"/>.</summary>
    Band,
}

/// <summary>One series of a time chart: its label (in the reader's language), how it is drawn, and its values by date.</summary>
/// <param name="Label">The legend text.</param>
/// <param name="Mark">Line, points or band.</param>
/// <param name="Dates">The dates, as long as <paramref name="Values"/>.</param>
/// <param name="Values">The values (for a band: the lower edge).</param>
/// <param name="Upper">For a band: the upper edge; otherwise empty.</param>
public sealed record TimeSeries(string Label, TimeMark Mark, ImmutableArray<LocalDate> Dates, ImmutableArray<double> Values, ImmutableArray<double> Upper);

/// <summary>
/// Charts over time for hosts that label them in the reader's language (the web application's analyst pages): every
/// word on the chart comes from the caller, the horizontal axis shows years, the vertical axis numbers formatted by the
/// caller. Drawn by ScottPlot like <see cref="AnalysisCharts"/>, as SVG that scales with its container.
/// </summary>
public static class TimeCharts
{
    /// <summary>Width of the chart's view box.</summary>
    public const int Width = 640;

    /// <summary>Height of the chart's view box.</summary>
    public const int Height = 440;

    private static readonly string[] _colours = ["#01689b", "#ca005d", "#275937", "#e17000", "#42145f", "#94710a", "#673327"];

    /// <summary>The chart as embeddable SVG text.</summary>
    /// <param name="series">The series, drawn in order (bands first is best).</param>
    /// <param name="yLabel">The vertical axis' label.</param>
    /// <param name="number">Formats a number on the vertical axis.</param>
    public static string Svg(IReadOnlyList<TimeSeries> series, string yLabel, Func<double, string> number)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(number);
        var plot = new Plot();
        var colour = 0;
        var band = Color.FromHex(_colours[0]);
        foreach (var s in series)
        {
            double[] xs = [.. s.Dates.Select(X)];
            switch (s.Mark)
            {
                case TimeMark.Band:
                    var fill = plot.Add.FillY(xs, [.. s.Values], [.. s.Upper]);
                    fill.FillColor = band.WithAlpha(0.25);
                    fill.LineColor = band.WithAlpha(0.4);
                    fill.LegendText = s.Label;
                    break;
                case TimeMark.Points:
                    var points = plot.Add.ScatterPoints(xs, [.. s.Values], Colors.Black);
                    points.MarkerSize = 8;
                    points.LegendText = s.Label;
                    break;
                default:
                    var line = plot.Add.Scatter(xs, [.. s.Values], Color.FromHex(_colours[colour++ % _colours.Length]));
                    line.MarkerSize = s.Values.Length <= 12 ? 7 : 0;
                    line.LineWidth = 2;
                    line.LegendText = s.Label;
                    break;
            }
        }

        var dates = series.SelectMany(s => s.Dates).ToList();
        if (dates.Count > 0)
        {
            var (first, last) = (dates.Min().Year, dates.Max().Year + 1);
            var years = Enumerable.Range(first, last - first).ToList();
            plot.Axes.Bottom.SetTicks([.. years.Select(y => X(new LocalDate(y, 1, 1)))], [.. years.Select(y => y.ToString(CultureInfo.InvariantCulture))]);
            plot.Axes.SetLimitsX(X(new LocalDate(first, 1, 1)), X(new LocalDate(last, 1, 1)));
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = number };
        plot.Axes.Left.TickLabelStyle.FontSize = 16;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 16;
        plot.YLabel(yLabel, size: 16);
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.FontSize = 15;
        // Without a fixed width and height the chart takes its container's width (the view box keeps its proportions).
        var svg = AnalysisCharts.EmbeddableSvg(plot, Width, Height);
        var end = svg.IndexOf('>', StringComparison.Ordinal);
        var tag = System.Text.RegularExpressions.Regex.Replace(svg[..end], @"\s(width|height)=""[^""]*""", "");
        return tag + " focusable=\"false\"" + svg[end..];
    }

    private static double X(LocalDate date) => date.ToDateTimeUnspecified().ToOADate();
}
