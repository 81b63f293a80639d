using System.CommandLine;
using Overgang.Analysis.Projections;
using Overgang.Analysis.Reports;
using Spectre.Console;

namespace Overgang.Cli.Analysis;

/// <summary><c>overgang project --scenario NAME</c>: population, reception and caseloads 2025-2030 with uncertainty bands, and the back-test.</summary>
internal static class ProjectCommand
{
    private const int MunicipalityRows = 12;

    public static Command Create(CliContext context)
    {
        var scenario = new Option<string>("--scenario", "-s") { Description = "The scenario: protracted-war, ceasefire, front-collapse or early-end.", DefaultValueFactory = _ => BackTest.Scenario };
        var options = new ProjectionOptions();
        var command = new Command("project", "Project population, reception and caseloads per organisation month by month to 2030 under a scenario, with 10-90 percentile bands, and back-test against the official figures.") { scenario };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            if (!options.TryRun(parse, context, parse.GetValue(scenario)!, "--scenario", out var result))
            {
                return ExitCodes.BadInput;
            }

            var console = ConsoleFactory.Create(context.Output);
            console.WriteLine($"scenario {result.Scenario.Id}: {result.Scenario.Title}");
            TablePrinter.Print(console, ProjectionTables.Summary(result));
            TablePrinter.Print(console, ProjectionTables.Municipalities(result), MunicipalityRows);
            var backTest = BackTest.Run(ProjectionData.Default, options.Draws(parse), options.Seed(parse));
            TablePrinter.Print(console, ProjectionTables.BackTestTable(backTest));
            TablePrinter.Print(console, ProjectionTables.BackTestSummary(backTest));
            return ExitCodes.Ok;
        });
        return command;
    }
}
