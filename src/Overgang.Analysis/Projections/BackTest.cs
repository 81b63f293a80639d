using System.Collections.Immutable;
using Overgang.Analysis.Monitor;

namespace Overgang.Analysis.Projections;

/// <summary>
/// The back-test: the baseline scenario projected from the start month with only the assumptions known then, against
/// every official figure published for a later month. The error is the absolute percentage error of the median; the
/// summary is its mean per series (MAPE).
/// </summary>
public static class BackTest
{
    private static readonly (string Series, string Metric)[] _pairs =
    [
        ("population", OfficialFigures.Registered),
        ("reception", OfficialFigures.MunicipalReception),
        ("reception", OfficialFigures.Occupied),
    ];

    /// <summary>The scenario the back-test runs.</summary>
    public const string Scenario = "protracted-war";

    /// <summary>Compares the projection with every later official figure.</summary>
    public static ImmutableArray<BackTestRow> Run(ProjectionData data, int draws = Projection.DefaultDraws, int seed = Projection.DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(data);
        Projection.TryFind(data, Scenario, out var scenario);
        var result = Projection.Run(data, scenario!, draws, seed, data.Start);
        var rows = ImmutableArray.CreateBuilder<BackTestRow>();
        foreach (var (series, metric) in _pairs)
        {
            var projected = result[series];
            foreach (var figure in OfficialFigures.Of(metric))
            {
                var t = result.Months.IndexOf(new NodaTime.YearMonth(figure.Date.Year, figure.Date.Month));
                if (t > 0)
                {
                    rows.Add(new BackTestRow(series, metric, figure.Date, figure.Value, projected.P10[t], projected.P50[t], projected.P90[t]));
                }
            }
        }

        return rows.ToImmutable();
    }

    /// <summary>Mean absolute percentage error per metric.</summary>
    public static ImmutableArray<(string Metric, int Figures, double Mape, int WithinBand)> Summary(ImmutableArray<BackTestRow> rows) =>
        [.. rows.GroupBy(r => r.Metric, StringComparer.Ordinal).Select(g => (g.Key, g.Count(), g.Average(r => r.AbsolutePercentageError), g.Count(r => r.WithinBand)))];
}
