using System.CommandLine;
using System.Globalization;
using Overgang.Analysis.Reforms;
using Overgang.Analysis.Reports;
using Spectre.Console;

namespace Overgang.Cli.Analysis;

/// <summary><c>overgang simulate --reform FILE</c>: the baseline and a reform over the same population, and their differences.</summary>
internal static class SimulateCommand
{
    private const int MunicipalityRows = 12;

    public static Command Create(CliContext context)
    {
        var reform = new Option<string?>("--reform", "-r") { Description = "The reform file (YAML; see reforms/ and docs/analysis.md).", Required = true };
        var options = new ReformOptions();
        var command = new Command("simulate", "Run the baseline and a reform over the same population: persons per path, pending actions, and per month and municipality the living allowance, own contribution, estimated social assistance, hand-overs, ended provisions and reception places; households that gain or lose; and the costs per organisation and year of the baseline, the reform and the counterfactual without a transition document, with bands.") { reform };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            if (!options.TryRun(parse, context, parse.GetValue(reform), "--reform", out var report))
            {
                return ExitCodes.BadInput;
            }

            var console = ConsoleFactory.Create(context.Output);
            console.WriteLine($"reform {report.Reform.Name}: {report.Reform.Title}");
            console.WriteLine($"population: {report.Population}; decisions on {report.Date:yyyy-MM-dd}; months {report.Months[0]:yyyy-MM} to {report.Months[^1]:yyyy-MM}");
            console.WriteLine($"parameters: baseline {report.BaselineVersion}, reform {report.ReformVersion}");
            foreach (var table in ReformTables.All(report).Where(t => t.Id is not ("costs-unit-costs" or "costs-basis")))
            {
                TablePrinter.Print(console, table, table.Id is "reform-municipalities" or "reform-municipality-months" ? MunicipalityRows : int.MaxValue);
            }

            foreach (var outcome in report.Outcomes.Where(o => o.Key == "path-missing" || o.Key.StartsWith(Microsimulation.ParameterUnknown, StringComparison.Ordinal)))
            {
                var why = outcome.Key == "path-missing"
                    ? "a member has no transition path, or a return-programme path without an agreed departure date"
                    : $"parameter {outcome.Key[Microsimulation.ParameterUnknown.Length..]} is unknown in the month";
                console.WriteLine($"not calculated (left out of the totals): {outcome.Baseline.ToString(CultureInfo.InvariantCulture)} household-months under the baseline, {outcome.Reform.ToString(CultureInfo.InvariantCulture)} under the reform: {why}");
            }

            if (report.Costs is { } costs)
            {
                console.WriteLine($"costs: {costs.Scenarios.Length.ToString(CultureInfo.InvariantCulture)} scenarios (counterfactual: no transition document, everyone on the asylum path when protection ends); bands from {costs.Draws.ToString(CultureInfo.InvariantCulture)} draws, seed {costs.Seed.ToString(CultureInfo.InvariantCulture)}; unit costs and their sources: overgang report, docs/analysis.md");
            }

            console.WriteLine(report.ChangesNothing ? "the reform changes nothing in this population" : $"persons on another path: {report.Paths.Where(p => p.Difference > 0).Sum(p => p.Difference).ToString(CultureInfo.InvariantCulture)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
