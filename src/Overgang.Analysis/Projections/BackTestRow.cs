using NodaTime;

namespace Overgang.Analysis.Projections;

/// <summary>One official figure against the projection made without it.</summary>
/// <param name="Series">The projected series compared.</param>
/// <param name="Metric">The official metric.</param>
/// <param name="Date">The date of the official figure.</param>
/// <param name="Observed">The official figure.</param>
/// <param name="P10">10th percentile of the projection at the end of that month.</param>
/// <param name="P50">Median of the projection.</param>
/// <param name="P90">90th percentile of the projection.</param>
public sealed record BackTestRow(string Series, string Metric, LocalDate Date, double Observed, double P10, double P50, double P90)
{
    /// <summary>Absolute percentage error of the median, in percent.</summary>
    public double AbsolutePercentageError => Math.Abs(P50 - Observed) / Observed * 100;

    /// <summary>True when the figure lies within the 10-90 band.</summary>
    public bool WithinBand => P10 <= Observed && Observed <= P90;
}
