using System.CommandLine;
using Overgang.Analysis.Monitor;
using Overgang.Analysis.Reports;
using Spectre.Console;

namespace Overgang.Cli.Analysis;

/// <summary><c>overgang monitor</c>: the official figures over time, the EU figures per member state and the factor scorecards per period.</summary>
internal static class MonitorCommand
{
    public static Command Create(CliContext context)
    {
        var indicators = new Option<bool>("--indicators") { Description = "Also list every indicator score with its rationale and source." };
        var command = new Command("monitor", "Official figures over time (registered, deregistered, places, occupancy), EU figures per member state and the Clingendael factor scorecards, aggregated per factor and domain, with the change between periods.") { indicators };
        command.SetAction(parse =>
        {
            var console = ConsoleFactory.Create(context.Output);
            var scorecards = Scorecards.Default;
            TablePrinter.Print(console, MonitorTables.Figures());
            var eu = MonitorTables.EuFigures();
            TablePrinter.Print(console, eu with { Title = eu.Title + "; notes: overgang report --monitor", Columns = eu.Columns[..^1], Rows = [.. eu.Rows.Select(r => r[..^1])] });
            TablePrinter.Print(console, MonitorTables.Periods(scorecards));
            TablePrinter.Print(console, MonitorTables.Scores(scorecards));
            TablePrinter.Print(console, MonitorTables.Changes(scorecards));
            if (parse.GetValue(indicators))
            {
                TablePrinter.Print(console, MonitorTables.Indicators(scorecards));
            }

            console.WriteLine($"aggregation: {scorecards.Aggregation}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
