using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Overgang.Analysis.Monitor;
using Overgang.Analysis.Projections;

namespace Overgang.Analysis.Reports;

/// <summary>
/// What a reader must be told next to a projection: how each official figure in the projected months compares with the
/// band (the calibration, or its miss), and where projected municipal reception runs above the published places.
/// </summary>
public static class ProjectionReading
{
    /// <summary>One official figure against the projected band of its month.</summary>
    /// <param name="Figure">The official figure.</param>
    /// <param name="P10">The 10th percentile of the month.</param>
    /// <param name="P50">The median of the month.</param>
    /// <param name="P90">The 90th percentile of the month.</param>
    public sealed record FigureAgainstBand(OfficialFigure Figure, double P10, double P50, double P90)
    {
        /// <summary>True when the figure lies within the 10-90 band.</summary>
        public bool Within => P10 <= Figure.Value && Figure.Value <= P90;

        /// <summary>The median's error against the figure, in percent (positive: the median is higher).</summary>
        public double ErrorPercent => (P50 - Figure.Value) / Figure.Value * 100;

        /// <summary>The sentence stating it.</summary>
        public string Sentence
        {
            get
            {
                var where = Within ? "within the 10-90 band"
                    : Figure.Value < P10 ? $"below the band by {Whole(P10 - Figure.Value)} ({Percent((P10 - Figure.Value) / Figure.Value * 100)})"
                    : $"above the band by {Whole(Figure.Value - P90)} ({Percent((Figure.Value - P90) / Figure.Value * 100)})";
                return $"Official {Whole(Figure.Value)} on {Date(Figure.Date)}: {where}; median {Whole(P50)} ({Signed(ErrorPercent)}).";
            }
        }
    }

    /// <summary>Projected municipal reception against the published places.</summary>
    /// <param name="FirstMonthOver">The first month whose median exceeds the places, or null.</param>
    /// <param name="MonthsOver">The number of months whose median exceeds the places.</param>
    /// <param name="PeakExcess">The largest excess of the median over the places.</param>
    /// <param name="PeakMonth">The month of the largest excess.</param>
    /// <param name="Share">The assumed share of those present in municipal reception (percent) in the peak month.</param>
    /// <param name="Published">The published numbers of places with the month from which each applies.</param>
    public sealed record PlacesGap(YearMonth? FirstMonthOver, int MonthsOver, double PeakExcess, YearMonth PeakMonth, double Share, ImmutableArray<(YearMonth From, double Places)> Published)
    {
        /// <summary>The last published number of places, held after its month.</summary>
        public double Places => Published[^1].Places;

        /// <summary>The sentence stating it.</summary>
        public string Sentence
        {
            get
            {
                var published = string.Join(", ", Published.Select(p => $"{Whole(p.Places)} from {p.From:yyyy-MM}"));
                return FirstMonthOver is { } first
                    ? $"Projected municipal reception (median) exceeds the published places ({published}, then held) in {MonthsOver} months from {first:yyyy-MM}, by up to {Whole(PeakExcess)} in {PeakMonth:yyyy-MM}: places must be added, or fewer people live in municipal reception than the assumed {Share.ToString("0.#", CultureInfo.InvariantCulture)}%."
                    : $"Projected municipal reception (median) stays within the published places ({published}, then held).";
            }
        }
    }

    /// <summary>Every official figure of the metric dated within the projected months, against the series' band.</summary>
    public static ImmutableArray<FigureAgainstBand> Figures(ProjectionResult result, string series, string metric)
    {
        ArgumentNullException.ThrowIfNull(result);
        var projected = result[series];
        return [.. OfficialFigures.Of(metric)
            .Select(f => (Figure: f, Month: result.Months.IndexOf(new YearMonth(f.Date.Year, f.Date.Month))))
            .Where(x => x.Month >= 0)
            .Select(x => new FigureAgainstBand(x.Figure, projected.P10[x.Month], projected.P50[x.Month], projected.P90[x.Month]))];
    }

    /// <summary>The published places in each projected month (the last published number held after it).</summary>
    public static ImmutableArray<double> PlacesPerMonth(ProjectionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var places = PlacesAssumption(result);
        return [.. result.Months.Select(m => places.Values.Last(v => v.From <= m).Value)];
    }

    /// <summary>Projected municipal reception against the places assumption.</summary>
    public static PlacesGap Places(ProjectionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var places = PlacesPerMonth(result);
        var share = result.Assumptions.Single(a => a.Id == "reception.municipal-share");
        var reception = result["reception"];
        YearMonth? first = null;
        var over = 0;
        var (peak, peakMonth) = (double.MinValue, result.Months[0]);
        for (var t = 0; t < result.Months.Length; t++)
        {
            var month = result.Months[t];
            var excess = reception.P50[t] - places[t];
            if (excess > 0)
            {
                first ??= month;
                over++;
            }

            if (excess > peak)
            {
                (peak, peakMonth) = (excess, month);
            }
        }

        return new PlacesGap(first, over, peak, peakMonth, share.Values.Last(v => v.From <= peakMonth).Value, [.. PlacesAssumption(result).Values.Select(v => (v.From, v.Value))]);
    }

    private static Assumption PlacesAssumption(ProjectionResult result) => result.Assumptions.Single(a => a.Id == "reception.places");

    internal static string Whole(double value) => Math.Round(value).ToString("N0", CultureInfo.InvariantCulture);

    internal static string Date(LocalDate date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Percent(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Signed(double value) => value.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%";
}
