using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using Overgang.Analysis.Monitor;
using Overgang.Analysis.Projections;
using Overgang.Analysis.Reforms;

namespace Overgang.Analysis.Reports;

/// <summary>Builds the reports: a reform against the baseline, a projection scenario with its back-test, and the monitor.</summary>
public static class AnalysisReports
{
    private const string Style = """
        body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10.5pt;color:#1a1a1a;max-width:60rem;margin:1.5rem auto;padding:0 1rem;line-height:1.45}
        h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #bbb}
        p.meta{color:#555;margin-top:0}figure{margin:1rem 0}figure svg{width:100%;height:auto}
        table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:8.5pt;width:100%}caption{text-align:left;font-weight:bold;padding:.3rem 0}
        th,td{border:1px solid #ccc;padding:.15rem .4rem;vertical-align:top}th{background:#f0f0f0;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
        tr{break-inside:avoid}td.n{white-space:nowrap}
        div.table{overflow-x:auto;max-width:100%}
        figcaption{font-size:9pt;color:#333;margin-top:.3rem}figcaption p{margin:.2rem 0}
        section.summary{break-after:page}
        table#summary{font-size:10pt}table#summary th,table#summary td{border:none;border-bottom:1px solid #ddd;padding:.4rem .5rem;vertical-align:baseline}
        table#summary th{background:none;width:40%}table#summary td.value{font-size:1.3rem;font-weight:bold;font-variant-numeric:tabular-nums;white-space:nowrap;text-align:right}
        @media print{div.table{overflow:visible}}
        """;

    /// <summary>The report of a reform against the baseline.</summary>
    public static ReportDocument ForReform(ReformReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var title = $"Reform {report.Reform.Name}: {report.Reform.Title}";
        string[] intro =
        [
            report.Reform.Description,
            $"Population: {report.Population}. Transition decisions on {report.Date:yyyy-MM-dd}; months {report.Months[0]:yyyy-MM} to {report.Months[^1]:yyyy-MM}. Parameters: baseline {report.BaselineVersion}, reform {report.ReformVersion}.",
            "The same rules run twice over the same persons: once with the baseline parameters, once with the reform applied to them. Amounts are sums of whole cents. After the last day of protection each person's path (the transition decision on the decision date) says what the household gets: the living allowance until its hand-over or departure, then estimated social assistance, or nothing once provisions end.",
        ];
        var charts = AnalysisCharts.ForReform(report);
        return Build(title, intro, ReportSummaries.ForReform(report, charts), charts, ReformTables.All(report));
    }

    /// <summary>The report of a projection scenario, with the back-test of the baseline scenario.</summary>
    public static ReportDocument ForScenario(ProjectionResult result, ImmutableArray<BackTestRow> backTest)
    {
        ArgumentNullException.ThrowIfNull(result);
        var title = $"Projection {result.Scenario.Id}: {result.Scenario.Title}";
        string[] intro =
        [
            result.Scenario.Description,
            $"Months {result.Months[0]:yyyy-MM} to {result.Months[^1]:yyyy-MM}; {result.Draws.ToString(CultureInfo.InvariantCulture)} Monte Carlo draws with seed {result.Seed.ToString(CultureInfo.InvariantCulture)}: each uncertain assumption is drawn from a triangular distribution (low, value, high). Bands are the 10th and 90th percentile per month, not a forecast interval of the official statistics.",
            "Every assumption is listed below with its source; 'Overgang assumption' marks numbers the sources do not give. The back-test projects the baseline scenario from its first month with only the assumptions known then, and compares it with every later official figure.",
        ];
        var charts = AnalysisCharts.ForProjection(result);
        return Build(title, intro, ReportSummaries.ForProjection(result, charts, backTest), charts, ProjectionTables.All(result, backTest));
    }

    /// <summary>The monitor: official figures over time and the factor scorecards.</summary>
    public static ReportDocument ForMonitor(Scorecards scorecards)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        string[] intro =
        [
            "Official figures for the Netherlands over time, and the factor scorecards of the Clingendael monitoring reports: a score from -2 (considerable decrease of the Dutch protection mandate) to +2 (considerable increase) per indicator per report period.",
            $"Aggregation: {scorecards.Aggregation}. Scores are changes since the previous report, not levels.",
        ];
        var charts = AnalysisCharts.ForMonitor(scorecards);
        return Build("Monitor: official figures and factor scorecards", intro, ReportSummaries.ForMonitor(charts), charts, MonitorTables.All(scorecards));
    }

    private static ReportDocument Build(string title, IReadOnlyList<string> intro, ReportSummary summary, ImmutableArray<AnalysisChart> charts, ImmutableArray<ReportTable> tables)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Encode(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(Encode(title)).Append("</h1>\n");

        // The first page: the answer in five numbers and one chart; everything after it is the evidence.
        html.Append("<section class=\"summary\" aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">Summary</h2>\n");
        html.Append("<table id=\"summary\">\n<caption>").Append(Encode(summary.Table.Title)).Append("</caption>\n<tbody>\n");
        foreach (var figure in summary.Figures)
        {
            html.Append("<tr><th scope=\"row\">").Append(Encode(figure.Label)).Append("</th><td class=\"value\">").Append(Encode(figure.Value))
                .Append("</td><td>").Append(Encode(figure.Detail)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        Figure(html, summary.Chart, heading: false);
        html.Append("</section>\n");

        foreach (var paragraph in intro)
        {
            html.Append("<p>").Append(Encode(paragraph)).Append("</p>\n");
        }

        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chart in charts)
        {
            if (chart.Id != summary.Chart.Id)
            {
                Figure(html, chart, heading: true);
            }

            Table(html, chart.Table);
            shown.Add(chart.Table.Id);
        }

        var rest = tables.Where(t => !shown.Contains(t.Id)).ToList();
        if (rest.Count > 0)
        {
            html.Append("<h2>Tables</h2>\n");
            foreach (var table in rest)
            {
                Table(html, table);
            }
        }

        html.Append("</body>\n</html>\n");
        var all = new[] { summary.Table }.Concat(tables).Concat(charts.Select(c => c.Table)).DistinctBy(t => t.Id).ToImmutableArray();
        return new ReportDocument(title, html.ToString(), charts, all, summary);
    }

    private static void Figure(StringBuilder html, AnalysisChart chart, bool heading)
    {
        if (heading)
        {
            html.Append("<h2>").Append(Encode(chart.Title)).Append("</h2>\n");
        }

        html.Append("<figure role=\"img\" aria-label=\"").Append(Encode(chart.Title)).Append("\">\n").Append(chart.Svg).Append('\n');
        if (chart.Notes.Length > 0)
        {
            html.Append("<figcaption>");
            foreach (var note in chart.Notes)
            {
                html.Append("<p>").Append(Encode(note)).Append("</p>");
            }

            html.Append("</figcaption>\n");
        }

        html.Append("</figure>\n");
    }

    private static void Table(StringBuilder html, ReportTable table)
    {
        html.Append("<div class=\"table\">\n<table id=\"").Append(Encode(table.Id)).Append("\">\n<caption>").Append(Encode(table.Title)).Append("</caption>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th scope=\"col\">").Append(Encode(column)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                var numeric = cell.Length > 0 && (char.IsDigit(cell[0]) || (cell.Length > 1 && cell[0] is '+' or '-' && char.IsDigit(cell[1]))) && !cell.Contains(' ', StringComparison.Ordinal);
                html.Append(numeric ? "<td class=\"n\">" : "<td>").Append(Encode(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
