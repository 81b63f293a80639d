using System.CommandLine;
using System.Text.Json;
using Overgang.Contracts;
using Overgang.Registry.Files;
using Overgang.Registry.Runs;
using Spectre.Console;

namespace Overgang.Cli.Runs;

/// <summary><c>overgang run decisions --date</c> and <c>overgang run month --month YYYY-MM</c> (alias <c>run allowance</c>): batch runs over the registry, resumable after a crash.</summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("run", "Batch runs over the whole registry (resumable: rerun the same command after a crash).");
        command.Subcommands.Add(Decisions(context));
        command.Subcommands.Add(Month(context));
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

    private static Command Month(CliContext context)
    {
        var month = new Option<string>("--month", "-m") { Description = "The month, YYYY-MM.", Required = true };
        var payments = new Option<string?>("--payments") { Description = "Folder for the month's lists (per municipality: payments, contributions, hand-over, health insurance); default data/payments-YYYY-MM." };
        var chunk = new Option<int>("--chunk") { Description = "Households per committed chunk.", DefaultValueFactory = _ => 5_000 };
        var database = DatabaseOption.Create();
        var command = new Command("month", "The monthly run for every household: living allowance and own contribution (28-day rule), after protection ends what each path gives (allowance, social assistance, ended), and per municipality the payment, contribution, hand-over and health-insurance lists. Alias: run allowance.") { month, payments, chunk, database };
        command.Aliases.Add("allowance");
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
            IReadOnlyList<MonthListTotal> lists;
            try
            {
                lists = MonthLists.Write(registry, run.Id, folder);
            }
            catch (UnsafeFileNameException e)
            {
                context.Error.WriteLine($"run month: {e.Message}");
                return ExitCodes.Failure;
            }


            Print(context, run.Id, run.Counts, [.. lists.Select(l => l.Payments)], folder);
            PrintLists(context, lists);
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

    /// <summary>The totals of the contribution, hand-over and health-insurance lists per municipality (every municipality, then the total).</summary>
    internal static void PrintLists(CliContext context, IReadOnlyList<MonthListTotal> lists)
    {
        var console = ConsoleFactory.Create(context.Output);
        var table = new Table().Border(TableBorder.Simple).AddColumns(
            "municipality", "payments", "allowance (EUR)", "on social assistance", "social assistance est. (EUR)", "contributions", "contribution (EUR)", "handed over", "of which est. (EUR)", "health insurance", "insured", "premium est. (EUR)");
        static string N(int value) => value.ToString("N0", null);
        foreach (var t in lists.OrderBy(t => t.Payments.Code, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape($"{t.Payments.Name} ({t.Payments.Code})"), N(t.Payments.Households), t.Payments.Allowance.ToString(), N(t.SocialAssistanceHouseholds), t.SocialAssistanceAll.ToString(), N(t.ContributionHouseholds), t.Contributions.ToString(),
                N(t.HandOverHouseholds), t.SocialAssistance.ToString(), N(t.HealthInsuranceHouseholds), N(t.Insured), t.Premium?.ToString() ?? "unknown");
        }

        static string Sum(IEnumerable<Rules.Money> amounts) => new Rules.Money(amounts.Sum(a => a.Cents)).ToString();
        table.AddRow("total", N(lists.Sum(t => t.Payments.Households)), Sum(lists.Select(t => t.Payments.Allowance)), N(lists.Sum(t => t.SocialAssistanceHouseholds)), Sum(lists.Select(t => t.SocialAssistanceAll)), N(lists.Sum(t => t.ContributionHouseholds)), Sum(lists.Select(t => t.Contributions)),
            N(lists.Sum(t => t.HandOverHouseholds)), Sum(lists.Select(t => t.SocialAssistance)), N(lists.Sum(t => t.HealthInsuranceHouseholds)), N(lists.Sum(t => t.Insured)), lists.Any(t => t.Premium is not null) ? Sum(lists.Select(t => t.Premium ?? Rules.Money.Zero)) : "unknown");
        console.WriteLine("lists per municipality (payments, contributions, hand-over to social assistance, health-insurance enrolment):");
        console.Write(table);
    }
}
