using System.Collections.Immutable;
using System.Globalization;
using Overgang.Analysis.Monitor;
using Overgang.Analysis.Projections;
using Overgang.Analysis.Reforms;
using Overgang.Rules;

namespace Overgang.Analysis.Reports;

/// <summary>The summary page of each report: five numbers a reader needs first, and the one chart that shows them.</summary>
public static class ReportSummaries
{
    /// <summary>A reform: who is affected, what it costs, who gains and who loses.</summary>
    public static ReportSummary ForReform(ReformReport report, ImmutableArray<AnalysisChart> charts)
    {
        ArgumentNullException.ThrowIfNull(report);
        var months = $"{report.Months[0]:yyyy-MM} to {report.Months[^1]:yyyy-MM}";
        var sum = report.MonthTotals.Aggregate(
            (Net: Money.Zero, NetBaseline: Money.Zero, Allowance: Money.Zero, Contribution: Money.Zero, Assistance: Money.Zero),
            (s, m) => (s.Net + m.NetDifference, s.NetBaseline + m.AllowanceBaseline + m.SocialAssistanceBaseline - m.ContributionBaseline,
                s.Allowance + m.AllowanceDifference, s.Contribution + m.ContributionDifference, s.Assistance + m.SocialAssistanceDifference));
        var changes = report.HouseholdChanges;
        ImmutableArray<KeyFigure> figures =
        [
            new("Persons simulated", Count(report.Persons), $"{report.Population}; transition decisions on {report.Date:yyyy-MM-dd}, months {months}"),
            new("Net cost to government, reform minus baseline", Euros(sum.Net, signed: true), $"allowance plus social assistance minus contribution over {months}; baseline {Euros(sum.NetBaseline, signed: false)}"),
            new("Of which", $"{Euros(sum.Allowance, signed: true)} allowance", $"{Euros(sum.Assistance, signed: true)} social assistance, {Euros(sum.Contribution, signed: true)} own contribution (a higher contribution lowers the cost)"),
            new("Households that gain", Count(changes.Gaining), $"of {Count(changes.Households)}; {Euros(changes.TotalGain, signed: false)} in total"),
            new("Households that lose", Count(changes.Losing), $"of {Count(changes.Households)}; {Euros(changes.TotalLoss, signed: false)} in total"),
        ];
        return new ReportSummary(figures, charts.Single(c => c.Id == "reform-months"));
    }

    /// <summary>A projection: where it starts against the official count, how many are present when protection ends, and the peaks per organisation.</summary>
    public static ReportSummary ForProjection(ProjectionResult result, ImmutableArray<AnalysisChart> charts, ImmutableArray<BackTestRow> backTest)
    {
        ArgumentNullException.ThrowIfNull(result);
        var population = result["population"];
        var latest = ProjectionReading.Figures(result, "population", OfficialFigures.Registered).LastOrDefault();
        var lastDay = result.Assumptions.Single(a => a.Id == "protection.last-day").Values[^1].Date!.Value;
        var endMonth = result.Months.IndexOf(new NodaTime.YearMonth(lastDay.Year, lastDay.Month));
        var backTestSummary = BackTest.Summary(backTest).FirstOrDefault(s => s.Metric == OfficialFigures.Registered);
        var gap = ProjectionReading.Places(result);
        var figures = ImmutableArray.CreateBuilder<KeyFigure>();
        figures.Add(latest is null
            ? new("Registered (latest official count)", "none in the projected months", "")
            : new($"Registered on {ProjectionReading.Date(latest.Figure.Date)} (BRP)", Count(latest.Figure.Value),
                $"projected {Count(latest.P50)} ({Count(latest.P10)}-{Count(latest.P90)}), {(latest.Within ? "within" : "outside")} the 10-90 band" +
                (backTestSummary.Figures > 0 ? $"; back-test from {result.Months[0]:yyyy-MM} with what was known then: error {backTestSummary.Mape.ToString("0.0", CultureInfo.InvariantCulture)}%" : "")));
        if (endMonth >= 0)
        {
            figures.Add(new($"Present when protection ends ({ProjectionReading.Date(lastDay)})", Count(population.P50[endMonth]), $"10-90 band {Count(population.P10[endMonth])}-{Count(population.P90[endMonth])}"));
        }

        figures.Add(Peak(result, "ind-documents", "Transition documents to issue (IND), peak month"));
        figures.Add(Peak(result, "return-participants", "Return-programme participants, peak"));
        var reception = result["reception"];
        var peak = reception.P50.IndexOf(reception.P50.Max());
        figures.Add(new("Municipal reception, peak", Count(reception.P50[peak]), $"{result.Months[peak]:yyyy-MM}, band {Count(reception.P10[peak])}-{Count(reception.P90[peak])}; places {Count(gap.Places)}"));
        return new ReportSummary(figures.ToImmutable(), charts.Single(c => c.Id == "projection-population"));
    }

    /// <summary>The monitor: the latest official figures.</summary>
    public static ReportSummary ForMonitor(ImmutableArray<AnalysisChart> charts)
    {
        KeyFigure Latest(string metric, string label)
        {
            var figure = OfficialFigures.Of(metric).MaxBy(f => f.Date);
            return figure is null ? new(label, "not published", "") : new(label, Count(figure.Value), $"{ProjectionReading.Date(figure.Date)} ({figure.Source})");
        }

        ImmutableArray<KeyFigure> figures =
        [
            Latest(OfficialFigures.Registered, "Registered under temporary protection (BRP)"),
            Latest(OfficialFigures.Deregistered, "Deregistered since the start (cumulative)"),
            Latest(OfficialFigures.Places, "Places in municipal reception"),
            Latest(OfficialFigures.Occupied, "Places occupied"),
            Latest(OfficialFigures.MunicipalReception, "Persons in municipal reception"),
        ];
        return new ReportSummary(figures, charts.Single(c => c.Id == "monitor-figures"));
    }

    private static KeyFigure Peak(ProjectionResult result, string id, string label)
    {
        var series = result[id];
        var peak = series.P50.IndexOf(series.P50.Max());
        return new(label, Count(series.P50[peak]), $"{result.Months[peak]:yyyy-MM}, band {Count(series.P10[peak])}-{Count(series.P90[peak])}" + (series.IsStock || Math.Round(series.TotalP50) == Math.Round(series.P50[peak]) ? "" : $"; {Count(series.TotalP50)} in all months"));
    }

    private static string Count(double value) => ProjectionReading.Whole(value);

    private static string Euros(Money money, bool signed)
    {
        var text = "EUR " + Math.Abs(Math.Round(money.Euros)).ToString("N0", CultureInfo.InvariantCulture);
        return signed ? (money.Cents > 0 ? "+" : money.Cents < 0 ? "-" : "") + text : text;
    }
}
