using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Overgang.Analysis.Monitor;
using Overgang.Analysis.Projections;
using Overgang.Analysis.Reforms;
using ScottPlot;

namespace Overgang.Analysis.Reports;

/// <summary>
/// The charts of the analysis (ScottPlot): for a reform, for a projection scenario and for the monitor. The public API
/// for hosts: the CLI writes them as files and into the HTML report; the web application can embed the SVG text.
/// </summary>
public static class AnalysisCharts
{
    /// <summary>Width of a rendered chart in pixels.</summary>
    public const int Width = 900;

    /// <summary>Height of a rendered chart in pixels.</summary>
    public const int Height = 450;

    private const int HistogramBins = 20;

    /// <summary>The charts of a reform report.</summary>
    public static ImmutableArray<AnalysisChart> ForReform(ReformReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [ReformPaths(report), ReformMonths(report), ReformHouseholds(report)];
    }

    /// <summary>The charts of a projection.</summary>
    public static ImmutableArray<AnalysisChart> ForProjection(ProjectionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [ProjectionBand(result, "population", OfficialFigures.Registered, "projection-population"), ProjectionBand(result, "reception", OfficialFigures.MunicipalReception, "projection-reception"), ProjectionCaseloads(result)];
    }

    /// <summary>The charts of the monitor.</summary>
    public static ImmutableArray<AnalysisChart> ForMonitor(Scorecards scorecards)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        return [MonitorFigures(), MonitorFactors(scorecards)];
    }

    private static AnalysisChart ReformPaths(ReformReport report)
    {
        var plot = new Plot();
        var rows = report.Paths;
        var bars = new List<Bar>();
        for (var i = 0; i < rows.Length; i++)
        {
            bars.Add(new Bar { Position = (i * 3) + 0, Value = rows[i].Baseline, FillColor = Colors.SteelBlue });
            bars.Add(new Bar { Position = (i * 3) + 1, Value = rows[i].Reform, FillColor = Colors.DarkOrange });
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. rows.Select((_, i) => (i * 3) + 0.5)], [.. rows.Select(r => r.Key.Replace(" / ", "\n", StringComparison.Ordinal))]);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 8;
        Legend(plot, ("baseline", Colors.SteelBlue), ("reform", Colors.DarkOrange));
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Axes.Margins(bottom: 0);
        return Render("reform-paths", $"Persons per path on {report.Date:yyyy-MM-dd}: baseline and reform {report.Reform.Name}", "persons", plot, ReformTables.Paths(report));
    }

    private static AnalysisChart ReformMonths(ReformReport report)
    {
        var plot = new Plot();
        double[] xs = [.. report.Months.Select(X)];
        Line(plot, xs, [.. report.MonthTotals.Select(m => (double)m.AllowanceBaseline.Euros)], "allowance, baseline", Colors.SteelBlue, LinePattern.Solid);
        Line(plot, xs, [.. report.MonthTotals.Select(m => (double)m.AllowanceReform.Euros)], "allowance, reform", Colors.LightSkyBlue, LinePattern.Solid);
        Line(plot, xs, [.. report.MonthTotals.Select(m => (double)m.ContributionBaseline.Euros)], "contribution, baseline", Colors.DarkOrange, LinePattern.Solid);
        Line(plot, xs, [.. report.MonthTotals.Select(m => (double)m.ContributionReform.Euros)], "contribution, reform", Colors.Gold, LinePattern.Solid);
        Line(plot, xs, [.. report.MonthTotals.Select(m => (double)m.SocialAssistanceBaseline.Euros)], "social assistance, baseline", Colors.SeaGreen, LinePattern.Solid);
        Line(plot, xs, [.. report.MonthTotals.Select(m => (double)m.SocialAssistanceReform.Euros)], "social assistance, reform", Colors.LightGreen, LinePattern.Solid);
        plot.Axes.DateTimeTicksBottom();
        plot.ShowLegend(Alignment.UpperRight);
        return Render("reform-months", $"Living allowance, own contribution and social assistance per month (EUR): reform {report.Reform.Name}", "EUR per month", plot, ReformTables.Months(report));
    }

    private static AnalysisChart ReformHouseholds(ReformReport report)
    {
        var plot = new Plot();
        var changes = report.HouseholdChanges.Changes.Select(c => (double)c.Euros).ToArray();
        if (changes.Length > 0)
        {
            var (low, high) = (changes.Min(), changes.Max());
            var width = high > low ? (high - low) / HistogramBins : 1;
            var counts = new double[HistogramBins];
            foreach (var change in changes)
            {
                counts[Math.Min(HistogramBins - 1, (int)((change - low) / width))]++;
            }

            plot.Add.Bars(Enumerable.Range(0, HistogramBins).Select(i => new Bar { Position = low + ((i + 0.5) * width), Value = counts[i], Size = width * 0.9, FillColor = Colors.SteelBlue }).ToArray());
        }

        plot.XLabel("change in allowance minus contribution over the months (EUR)");
        plot.Axes.Margins(bottom: 0);
        return Render("reform-households", $"Households that gain (right) or lose (left): reform {report.Reform.Name}, {report.HouseholdChanges.Unchanged} unchanged", "households", plot, ReformTables.Households(report));
    }

    private static AnalysisChart ProjectionBand(ProjectionResult result, string series, string metric, string id)
    {
        var plot = new Plot();
        var projected = result[series];
        double[] xs = [.. result.Months.Select(X)];
        var band = plot.Add.FillY(xs, [.. projected.P10], [.. projected.P90]);
        band.FillColor = Colors.SteelBlue.WithAlpha(0.25);
        band.LegendText = "10-90 percentile";
        Line(plot, xs, [.. projected.P50], "median", Colors.SteelBlue, LinePattern.Solid);
        if (series == "reception")
        {
            Line(plot, xs, [.. ProjectionReading.PlacesPerMonth(result)], "places (last published figure held)", Colors.Gray, LinePattern.Solid);
        }

        var official = OfficialFigures.Of(metric).Where(f => f.Date >= result.Months[0].OnDayOfMonth(1)).ToList();
        if (official.Count > 0)
        {
            var points = plot.Add.ScatterPoints(official.Select(f => X(f.Date)).ToArray(), official.Select(f => f.Value).ToArray(), Colors.Black);
            points.MarkerSize = 8;
            points.LegendText = $"official ({metric})";
        }

        plot.Axes.DateTimeTicksBottom();
        plot.ShowLegend(Alignment.UpperRight);
        var notes = ProjectionReading.Figures(result, series, metric).Select(f => f.Sentence).ToList();
        if (series == "reception")
        {
            notes.Add(ProjectionReading.Places(result).Sentence);
        }

        // The notes go where the band leaves room: above the start for the population (it rises until the end of
        // protection), below it for reception (it falls to zero after the end).
        return Render(id, $"{projected.Title}: scenario {result.Scenario.Id}, {result.Draws} draws", "persons", plot, ProjectionTables.Series(result, series), [.. notes], series == "reception" ? Alignment.LowerLeft : Alignment.UpperLeft);
    }

    private static AnalysisChart ProjectionCaseloads(ProjectionResult result)
    {
        var plot = new Plot();
        double[] xs = [.. result.Months.Select(X)];
        var palette = new ScottPlot.Palettes.Category10();
        var caseloads = result.Series.Where(s => s.Organisation.Length > 0 && s.Id != "reception").ToList();
        for (var i = 0; i < caseloads.Count; i++)
        {
            Line(plot, xs, [.. caseloads[i].P50], $"{caseloads[i].Title} ({caseloads[i].Organisation})", palette.GetColor(i), LinePattern.Solid);
        }

        plot.Axes.DateTimeTicksBottom();
        plot.ShowLegend(Alignment.UpperRight);
        return Render("projection-caseloads", $"Caseloads per organisation (median): scenario {result.Scenario.Id}", "cases", plot, ProjectionTables.Caseloads(result));
    }

    private static AnalysisChart MonitorFigures()
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var metrics = new[] { OfficialFigures.Registered, OfficialFigures.Deregistered, OfficialFigures.Places, OfficialFigures.Occupied, OfficialFigures.MunicipalReception };
        for (var i = 0; i < metrics.Length; i++)
        {
            var figures = OfficialFigures.Of(metrics[i]);
            var scatter = plot.Add.Scatter(figures.Select(f => X(f.Date)).ToArray(), figures.Select(f => f.Value).ToArray(), palette.GetColor(i));
            scatter.MarkerSize = 7;
            scatter.LegendText = metrics[i];
        }

        plot.Axes.DateTimeTicksBottom();
        plot.ShowLegend(Alignment.LowerRight);
        return Render("monitor-figures", "Official figures: registered, deregistered, reception places and occupancy", "persons / places", plot, MonitorTables.Figures());
    }

    private static AnalysisChart MonitorFactors(Scorecards scorecards)
    {
        var plot = new Plot();
        var period = scorecards.Periods.Last(p => p.IsScored);
        var factors = period.Domains.SelectMany(d => d.Factors.Where(f => f.Mean is not null).Select(f => (Domain: d, Factor: f))).ToList();
        var palette = new ScottPlot.Palettes.Category10();
        var domains = period.Domains.Select(d => d.Id).ToList();
        plot.Add.Bars(factors.Select((f, i) => new Bar { Position = i, Value = f.Factor.Mean!.Value, FillColor = palette.GetColor(domains.IndexOf(f.Domain.Id)) }).ToArray());
        plot.Axes.Bottom.SetTicks([.. factors.Select((_, i) => (double)i)], [.. factors.Select(f => Shorten(f.Factor.Title))]);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 8;
        plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 130;
        plot.Axes.SetLimitsY(-2, 2);
        Legend(plot, [.. period.Domains.Select((d, i) => (d.Id, palette.GetColor(i)))]);
        return Render("monitor-factors", $"Factor scores, period {period.Id} (unweighted mean of indicator scores, -2..+2)", "mean score", plot, MonitorTables.Scores(scorecards));
    }

    /// <summary>
    /// Lines over labelled categories (such as months) as SVG, every text given by the host in its own language and the
    /// values on the axis written with <paramref name="format"/>: for pages in the reader's language.
    /// </summary>
    public static string LineSvg(string title, string valueLabel, ImmutableArray<string> categories, ImmutableArray<ChartSeries> series, Func<double, string> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var plot = new Plot();
        double[] xs = [.. Enumerable.Range(0, categories.Length).Select(i => (double)i)];
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < series.Length; i++)
        {
            Line(plot, xs, [.. series[i].Values], series[i].Label, palette.GetColor(i), i % 2 == 0 ? LinePattern.Solid : LinePattern.Dashed);
        }

        var step = Math.Max(1, (int)Math.Ceiling(categories.Length / 12.0));
        var shown = Enumerable.Range(0, categories.Length).Where(i => i % step == 0).ToArray();
        plot.Axes.Bottom.SetTicks([.. shown.Select(i => (double)i)], [.. shown.Select(i => categories[i])]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 70;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => format(v) };
        plot.ShowLegend(Alignment.UpperRight);
        return HostSvg(plot, title, valueLabel, Height);
    }

    /// <summary>
    /// Bars per labelled category as SVG, one bar per series in each category (horizontal: the first category on top),
    /// every text given by the host in its own language and the values on the axis written with <paramref name="format"/>.
    /// </summary>
    public static string BarSvg(string title, string valueLabel, ImmutableArray<string> categories, ImmutableArray<ChartSeries> series, Func<double, string> format, bool horizontal)
    {
        ArgumentNullException.ThrowIfNull(format);
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var group = series.Length + 1;
        var bars = new List<Bar>();
        double Position(int category) => (horizontal ? categories.Length - 1 - category : category) * group;
        for (var c = 0; c < categories.Length; c++)
        {
            for (var s = 0; s < series.Length; s++)
            {
                bars.Add(new Bar { Position = Position(c) + s, Value = series[s].Values[c], FillColor = palette.GetColor(s) });
            }
        }

        var plotted = plot.Add.Bars(bars);
        plotted.Horizontal = horizontal;
        double[] ticks = [.. Enumerable.Range(0, categories.Length).Select(c => Position(c) + ((series.Length - 1) / 2.0))];
        var labels = categories.ToArray();
        var numbers = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => format(v) };
        if (horizontal)
        {
            plot.Axes.Left.SetTicks(ticks, labels);
            plot.Axes.Left.TickLabelStyle.FontSize = 10;
            plot.Axes.Bottom.TickGenerator = numbers;
            plot.Axes.Margins(left: 0);
        }
        else
        {
            plot.Axes.Bottom.SetTicks(ticks, labels);
            plot.Axes.Left.TickGenerator = numbers;
            plot.Axes.Margins(bottom: 0);
        }

        if (series.Length > 1)
        {
            Legend(plot, [.. series.Select((x, i) => (x.Label, palette.GetColor(i)))]);
        }

        return HostSvg(plot, title, horizontal ? "" : valueLabel, horizontal ? Math.Max(Height, 90 + (categories.Length * group * 9)) : Height, horizontal ? valueLabel : null);
    }

    private static string HostSvg(Plot plot, string title, string yLabel, int height, string? xLabel = null)
    {
        plot.Title(title, size: 14);
        plot.YLabel(yLabel);
        if (xLabel is not null)
        {
            plot.XLabel(xLabel);
        }

        return Svg(plot, height);
    }

    private static string Svg(Plot plot, int height) => EmbeddableSvg(plot, Width, height);

    private static string Shorten(string title) => title.Split(" (")[0];

    private static void Line(Plot plot, double[] xs, double[] ys, string label, Color color, LinePattern pattern)
    {
        var line = plot.Add.Scatter(xs, ys, color);
        line.LegendText = label;
        line.MarkerSize = 0;
        line.LineWidth = 2;
        line.LinePattern = pattern;
    }

    private static void Legend(Plot plot, params (string Label, Color Color)[] items)
    {
        foreach (var (label, color) in items)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = color });
        }

        plot.ShowLegend(Alignment.UpperRight);
    }

    private static double X(YearMonth month) => month.OnDayOfMonth(1).ToDateTimeUnspecified().ToOADate();

    private static double X(LocalDate date) => date.ToDateTimeUnspecified().ToOADate();

    private static AnalysisChart Render(string id, string title, string yLabel, Plot plot, ReportTable table, ImmutableArray<string> notes = default, Alignment notesAt = Alignment.LowerRight)
    {
        notes = notes.IsDefault ? [] : notes;
        plot.Title(title, size: 14);
        plot.YLabel(yLabel);
        if (notes.Length > 0)
        {
            var annotation = plot.Add.Annotation(string.Join("\n", notes.Select(n => Wrap(n, 90))), notesAt);
            annotation.LabelFontSize = 9;
            annotation.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
        }

        var svg = EmbeddableSvg(plot, Width, Height);
        var png = plot.GetImageBytes(Width, Height, ImageFormat.Png);
        return new AnalysisChart(id, title, svg, [.. png], table, notes);
    }

    /// <summary>The plot as SVG text that embeds in HTML: without the XML declaration, with a viewBox, so it scales with its container.</summary>
    internal static string EmbeddableSvg(Plot plot, int width, int height)
    {
        var svg = plot.GetSvgXml(width, height);
        svg = svg[svg.IndexOf("<svg", StringComparison.Ordinal)..];
        return $"<svg viewBox=\"0 0 {width.ToString(CultureInfo.InvariantCulture)} {height.ToString(CultureInfo.InvariantCulture)}\"{svg["<svg".Length..]}";
    }

    private static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        lines.Add(line.ToString());
        return string.Join("\n", lines);
    }
}
