using System.CommandLine;
using System.Text;
using Overgang.Analysis.Projections;
using Overgang.Analysis.Reports;
using Overgang.Contracts;
using Overgang.Letters;

namespace Overgang.Cli.Analysis;

/// <summary>
/// <c>overgang report --reform FILE | --scenario NAME | --monitor --out DIR</c>: a self-contained HTML report and its
/// PDF, every chart as PNG and SVG, and every table as CSV.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var reform = new Option<string?>("--reform", "-r") { Description = "Report on a reform file against the baseline." };
        var scenario = new Option<string?>("--scenario", "-s") { Description = "Report on a projection scenario: protracted-war, ceasefire, front-collapse or early-end." };
        var monitor = new Option<bool>("--monitor") { Description = "Report on the monitor: official figures and factor scorecards." };
        var output = new Option<string>("--out", "-o") { Description = "Folder for report.html, report.pdf, charts/ and tables/.", Required = true };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Skip the PDF (it needs Chromium)." };
        var reformOptions = new ReformOptions();
        var projectionOptions = new ProjectionOptions();
        var command = new Command("report", "Write a self-contained HTML report (and PDF) with charts (PNG, SVG) and the tables behind them (CSV), for a reform, a scenario or the monitor.") { reform, scenario, monitor, output, noPdf };
        reformOptions.AddTo(command);
        projectionOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var chosen = (parse.GetValue(reform) is null ? 0 : 1) + (parse.GetValue(scenario) is null ? 0 : 1) + (parse.GetValue(monitor) ? 1 : 0);
            if (chosen != 1)
            {
                context.Error.WriteLine(JsonOutput.Error(new InputError("--reform", "give exactly one of --reform FILE, --scenario NAME or --monitor")));
                return ExitCodes.BadInput;
            }

            ReportDocument document;
            if (parse.GetValue(reform) is { } path)
            {
                if (!reformOptions.TryRun(parse, context, path, "--reform", out var report))
                {
                    return ExitCodes.BadInput;
                }

                document = AnalysisReports.ForReform(report);
            }
            else if (parse.GetValue(scenario) is { } name)
            {
                if (!projectionOptions.TryRun(parse, context, name, "--scenario", out var result))
                {
                    return ExitCodes.BadInput;
                }

                document = AnalysisReports.ForScenario(result, BackTest.Run(ProjectionData.Default, projectionOptions.Draws(parse), projectionOptions.Seed(parse)));
            }
            else
            {
                if (!MonitorCommand.TryScorecards(context, null, out var scorecards))
                {
                    return ExitCodes.BadInput;
                }

                document = AnalysisReports.ForMonitor(scorecards);
            }

            return Write(context, document, parse.GetValue(output)!, !parse.GetValue(noPdf));
        });
        return command;
    }

    private static int Write(CliContext context, ReportDocument document, string folder, bool pdf)
    {
        var utf8 = new UTF8Encoding(false);
        Directory.CreateDirectory(Path.Combine(folder, "charts"));
        Directory.CreateDirectory(Path.Combine(folder, "tables"));
        File.WriteAllText(Path.Combine(folder, "report.html"), document.Html, utf8);
        foreach (var chart in document.Charts)
        {
            File.WriteAllText(Path.Combine(folder, "charts", chart.Id + ".svg"), chart.Svg, utf8);
            File.WriteAllBytes(Path.Combine(folder, "charts", chart.Id + ".png"), [.. chart.Png]);
        }

        foreach (var table in document.Tables)
        {
            File.WriteAllText(Path.Combine(folder, "tables", table.Id + ".csv"), table.ToCsv(), utf8);
        }

        context.Output.WriteLine($"{document.Title}");
        context.Output.WriteLine($"wrote {Path.Combine(folder, "report.html")}, {document.Charts.Length} charts (PNG and SVG) and {document.Tables.Length} tables (CSV)");
        if (pdf)
        {
            if (ChromiumPdfRenderer.FindChromium() is not { } chromium)
            {
                context.Error.WriteLine($"no PDF: Chromium is not installed (set {ChromiumPdfRenderer.ChromiumVariable}, or use --no-pdf)");
                return ExitCodes.Ok;
            }

            File.WriteAllBytes(Path.Combine(folder, "report.pdf"), ChromiumPdfRenderer.RenderHtml(document.Html, chromium));
            context.Output.WriteLine($"wrote {Path.Combine(folder, "report.pdf")}");
        }

        return ExitCodes.Ok;
    }
}
