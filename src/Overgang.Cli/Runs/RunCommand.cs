using System.CommandLine;
using System.Text.Json;
using Overgang.Contracts;
using Overgang.Registry.Runs;
using Spectre.Console;

namespace Overgang.Cli.Runs;

/// <summary><c>overgang run allowance --month YYYY-MM</c>: batch runs over the registry, resumable after a crash.</summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("run", "Batch runs over the whole registry (resumable: rerun the same command after a crash).");
        command.Subcommands.Add(Decisions(context));
        command.Subcommands.Add(Allowance(context));
        return command;
    }

    private static Command Decisions(CliContext context)
    {
        var date = new Option<string>("--date", "-d") { Description = "The decision date, YYYY-MM-DD (4 March 2027 is the last day of protection).", Required = true };
        var chunk = new Option<int>("--chunk") { Description = "Households per committed chunk.", DefaultValueFactory = _ => 5_000 };
        var database = DatabaseOption.Create();
        var command = new Command("decisions", "The transition decision for every registered person, with reasons, pending actions and follow-up tasks.") { date, chunk, database };
        command.SetAction(parse =>
        {
            if (!OptionValues.TryDate(context, "--date", parse.GetValue(date)!, out var day))
            {
                return ExitCodes.BadInput;
            }

            var registry = DatabaseOption.Resolve(parse.GetValue(database));
            registry.Migrate();
            return RunDecisions(context, registry, day, parse.GetValue(chunk), out var runId)
                ? Summarise(context, registry, runId, day)
                : ExitCodes.BadInput;
        });
        return command;
    }

    internal static bool RunDecisions(CliContext context, Registry.RegistryDatabase registry, NodaTime.LocalDate date, int chunk, out long runId)
    {
        runId = 0;
        Registry.Model.BatchRun? run = null;
        Rules.Parameters.MissingParameter? missing = null;
        RunProgressView.Track(context, $"decisions {date:yyyy-MM-dd}", progress =>
            DecisionsRun.TryExecute(registry, date, context.Parameters, context.Clock, new RunOptions(chunk, progress), out run, out missing));
        if (run is null)
        {
            context.Error.WriteLine(JsonOutput.Error(InputError.For(missing!) with { Field = "--date" }));
            return false;
        }

        runId = run.Id;
        return true;
    }

    private static int Summarise(CliContext context, Registry.RegistryDatabase registry, long runId, NodaTime.LocalDate date)
    {
        var summary = RegistrySummary.Read(registry, runId, date);
        var console = ConsoleFactory.Create(context.Output);
        console.Write(PathTable(summary));
        console.Write(ActionTable(summary));
        return ExitCodes.Ok;
    }

    internal static Table PathTable(RegistrySummary summary)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("path", "status", "persons");
        foreach (var (path, status, persons) in summary.Paths)
        {
            table.AddRow(path, status, persons.ToString("N0", null));
        }

        table.AddRow("total", "", summary.Paths.Sum(p => p.Persons).ToString("N0", null));
        return table;
    }

    internal static Table ActionTable(RegistrySummary summary)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("pending actions: owner", "actions");
        foreach (var (owner, actions) in summary.PendingActionsByOwner)
        {
            table.AddRow(owner, actions.ToString("N0", null));
        }

        return table;
    }

    private static Command Allowance(CliContext context)
    {
        var month = new Option<string>("--month", "-m") { Description = "The month, YYYY-MM.", Required = true };
        var payments = new Option<string?>("--payments") { Description = "Folder for the payment lists (one CSV per municipality); default data/payments-YYYY-MM." };
        var chunk = new Option<int>("--chunk") { Description = "Households per committed chunk.", DefaultValueFactory = _ => 5_000 };
        var database = DatabaseOption.Create();
        var command = new Command("allowance", "The monthly living allowance and own contribution for every household, with the 28-day rule and payment lists per municipality.") { month, payments, chunk, database };
        command.SetAction(parse =>
        {
            var text = parse.GetValue(month)!;
            if (!OptionValues.TryMonth(context, "--month", text, out var yearMonth))
            {
                return ExitCodes.BadInput;
            }

            var registry = DatabaseOption.Resolve(parse.GetValue(database));
            registry.Migrate();
            var run = RunProgressView.Track(context, $"allowance {text}", progress =>
                AllowanceRun.Execute(registry, yearMonth, context.Parameters, context.Clock, new RunOptions(parse.GetValue(chunk), progress)));
            var folder = parse.GetValue(payments) ?? Path.Combine(registry.DataFolder, $"payments-{text}");
            var totals = PaymentLists.Write(registry, run.Id, folder);
            Print(context, run.Id, run.Counts, totals, folder);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static void Print(CliContext context, long runId, string counts, IReadOnlyList<MunicipalityTotal> totals, string folder)
    {
        var console = ConsoleFactory.Create(context.Output);
        var outcomes = JsonSerializer.Deserialize<SortedDictionary<string, int>>(counts)!;
        console.WriteLine($"allowance run {runId}: " + string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value:N0}")));
        var table = new Table().Border(TableBorder.Simple).AddColumns("municipality", "households", "persons", "allowance (EUR)", "contribution (EUR)");
        foreach (var t in totals.OrderByDescending(t => t.Allowance.Cents).Take(12))
        {
            table.AddRow(Markup.Escape($"{t.Name} ({t.Code})"), t.Households.ToString("N0", null), t.Members.ToString("N0", null), t.Allowance.ToString(), t.Contribution.ToString());
        }

        if (totals.Count > 12)
        {
            table.AddRow($"... {totals.Count - 12} more", "", "", "", "");
        }

        table.AddRow("total", totals.Sum(t => t.Households).ToString("N0", null), totals.Sum(t => t.Members).ToString("N0", null),
            new Rules.Money(totals.Sum(t => t.Allowance.Cents)).ToString(), new Rules.Money(totals.Sum(t => t.Contribution.Cents)).ToString());
        console.Write(table);
        console.WriteLine($"payment lists: {folder}");
    }
}
