using System.CommandLine;
using System.Diagnostics;
using NodaTime;
using Overgang.Cli.Runs;
using Overgang.Contracts;
using Overgang.Registry.Files;
using Overgang.Registry.Population;
using Overgang.Registry.Runs;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;
using Spectre.Console;

namespace Overgang.Cli.Demo;

/// <summary>
/// <c>overgang demo</c>, the main job: on the embedded registry (created on first use), generate the demo population if
/// the registry is empty, run the transition decisions for the last day of protection and the allowance for the
/// current month, and print what they gave.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var database = DatabaseOption.Create();
        var persons = new Option<int>("--persons", "-n") { Description = "Persons to generate when the registry is empty (the BRP count of 2 November 2025).", DefaultValueFactory = _ => Calibration.RegisteredPersons };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated population.", DefaultValueFactory = _ => PopulationGenerator.DefaultSeed };
        var date = new Option<string?>("--date", "-d") { Description = "Decision date, YYYY-MM-DD. Default: the last day of protection, 2027-03-04." };
        var month = new Option<string?>("--month", "-m") { Description = "Allowance month, YYYY-MM. Default: the current month." };
        var rerun = RunCommand.RerunOption();
        var command = new Command("demo", "The main job: registry, demo population, decisions for 4 March 2027 and this month's allowance, with a summary.") { database, persons, seed, date, month, rerun };
        command.SetAction(parse => Run(context, parse.GetValue(database), parse.GetValue(persons), parse.GetValue(seed), parse.GetValue(date), parse.GetValue(month), parse.GetValue(rerun)));
        return command;
    }

    private static int Run(CliContext context, string? databaseSetting, int personCount, int seed, string? dateText, string? monthText, bool rerun)
    {
        var today = context.Today;
        if (!TryDecisionDate(context, today, dateText, out var decisionDate) || !TryMonth(context, today, monthText, out var month))
        {
            return ExitCodes.BadInput;
        }

        var console = ConsoleFactory.Create(context.Output);
        var timings = new List<(string Phase, TimeSpan Elapsed)>();
        var registry = DatabaseOption.Resolve(databaseSetting);

        // The month's lists as `run month` writes them (the same folder and files), written while its chunks commit.
        var folder = Path.Combine(registry.DataFolder, $"payments-{month.ToString("yyyy-MM", null)}");
        Registry.Model.BatchRun? decisionsRun;
        Registry.Model.BatchRun? allowance;
        IReadOnlyList<MonthListTotal> lists;
        try
        {
            if (!TryPrepare(context, "demo", registry, personCount, seed, decisionDate, month, alwaysRun: true, rerun, timings, folder, out decisionsRun, out allowance, out lists))
            {
                return ExitCodes.BadInput;
            }
        }
        catch (UnsafeFileNameException e)
        {
            context.Error.WriteLine($"demo: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file of the registry's folder (a list, the registry's own folder): one line, as `run month` says it.
            context.Error.WriteLine($"demo: {e.Message}");
            return ExitCodes.Failure;
        }

        if (RunCommand.Stopped(decisionsRun) || RunCommand.Stopped(allowance))
        {
            return ExitCodes.Stopped;
        }

        var totals = lists.Select(l => l.Payments).ToList();
        var clock = Stopwatch.StartNew();
        var summary = RunProgressView.Step(context, "reading the summary", () => RegistrySummary.Read(registry, decisionsRun!.Id, month.OnDayOfMonth(1)));
        timings.Add(("summary", clock.Elapsed));
        console.WriteLine();
        console.WriteLine($"Transition decisions on {decisionDate:yyyy-MM-dd} ({RunKinds.NameOf(decisionsRun!)}): persons per path");
        RunCommand.WritePaths(console, summary);
        console.WriteLine($"Living allowance and own contribution, {month.ToString("MMMM yyyy", Figures.Culture)}");
        RunCommand.Print(context, allowance!, totals, folder);
        console.WriteLine();
        console.WriteLine($"Occupancy on {month.OnDayOfMonth(1):yyyy-MM-dd}: persons placed");
        var occupancy = new Table().Border(TableBorder.Simple).AddColumns("location kind", "locations", "places", "placed", "occupancy");
        for (var i = 1; i < 5; i++)
        {
            occupancy.Columns[i].RightAligned();
        }

        foreach (var (kind, locations, places, placed) in summary.Occupancy)
        {
            occupancy.AddRow(kind, Figures.Count(locations), Figures.Count(places), Figures.Count(placed), Figures.Percent(placed, places));
        }

        var allPlaces = summary.Occupancy.Sum(o => o.Places);
        var allPlaced = summary.Occupancy.Sum(o => o.Placed);
        occupancy.AddRow("total", Figures.Count(summary.Occupancy.Sum(o => o.Locations)), Figures.Count(allPlaces), Figures.Count(allPlaced), Figures.Percent(allPlaced, allPlaces));
        console.Write(occupancy);
        Legend.Write(console, summary.Occupancy.Select(o => o.Kind));
        console.WriteLine("timings: " + string.Join(", ", timings.Select(t => $"{t.Phase} {t.Elapsed.TotalSeconds:0.0} s")));
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Makes the registry ready for use: migrated, with the demo population when it is empty, and, when it was empty or
    /// <paramref name="alwaysRun"/>, the decisions for <paramref name="decisionDate"/> and the allowance for <paramref name="month"/>;
    /// with <paramref name="listsFolder"/>, the month's lists written there as the month runs (<paramref name="lists"/>),
    /// as <c>run month</c> writes them.
    /// </summary>
    /// <exception cref="UnsafeFileNameException">A municipality code cannot name a list's file.</exception>
    internal static bool TryPrepare(CliContext context, string command, Registry.RegistryDatabase registry, int personCount, int seed, LocalDate decisionDate, YearMonth month, bool alwaysRun, bool rerun, List<(string Phase, TimeSpan Elapsed)> timings, string? listsFolder, out Registry.Model.BatchRun? decisionsRun, out Registry.Model.BatchRun? allowance, out IReadOnlyList<MonthListTotal> lists)
    {
        lists = [];
        var console = ConsoleFactory.Create(context.Output);
        var clock = Stopwatch.StartNew();
        decisionsRun = null;
        allowance = null;
        registry.Migrate();
        console.WriteLine($"Overgang {command} on {registry.Provider} ({registry.SqliteFile ?? "PostgreSQL"}), parameters {context.Parameters.Version}");
        var existing = PopulationStore.CountPersons(registry);
        if (existing == 0)
        {
            // Made and loaded slice by slice, the making on a thread of its own (PopulationStore.Generate): the same rows as
            // generating the whole population and loading it.
            var population = RunProgressView.Phase(context, "generating and loading the population", "persons", progress => PopulationStore.Generate(registry, personCount, seed, context.Clock.GetCurrentInstant(), replace: false, progress));
            console.WriteLine($"generated the demo population: {Figures.Count(population.Persons)} persons in {Figures.Count(population.Households)} households (seed {seed}), {Figures.Count(population.Load.Tables.Sum(t => (long)t.Rows))} rows");
        }
        else
        {
            console.WriteLine($"the registry holds {Figures.Count(existing)} persons: using them");
            if (Registry.Storage.NameKeyBackfill.Run(registry) is > 0 and var filled)
            {
                console.WriteLine($"filled the search keys of {Figures.Count(filled)} persons' names (a registry from before they were stored)");
            }
        }

        timings.Add(("registry and population", clock.Elapsed));
        if (existing > 0 && !alwaysRun)
        {
            return true;
        }

        clock.Restart();
        decisionsRun = RunCommand.RunDecisions(context, registry, decisionDate, 5_000, rerun);
        if (decisionsRun is null)
        {
            return false;
        }

        timings.Add(($"decisions {decisionDate:yyyy-MM-dd}", clock.Elapsed));
        if (RunCommand.Stopped(decisionsRun))
        {
            // Stopped on request: no month on decisions not yet made for everyone.
            return true;
        }

        clock.Restart();
        allowance = listsFolder is null
            ? RunCommand.RunMonth(context, registry, month, 5_000, rerun)
            : RunCommand.RunMonth(context, registry, month, new RunOptions(5_000, null, Rerun: rerun), listsFolder, out lists);
        timings.Add(($"month {month.ToString("yyyy-MM", null)}", clock.Elapsed));
        return true;
    }

    internal static bool TryDecisionDate(CliContext context, LocalDate today, string? text, out LocalDate date)
    {
        if (text is not null)
        {
            return OptionValues.TryDate(context, "--date", text, out date, RuleMonths.Of(context.Parameters));
        }

        if (ProtectionEnd.TryLastDay(context.Parameters, today, out var lastDay, out var missing))
        {
            date = lastDay;
            return true;
        }

        date = default;
        context.Error.WriteLine(JsonOutput.Error(InputError.For(missing) with { Field = "--date" }));
        return false;
    }

    internal static bool TryMonth(CliContext context, LocalDate today, string? text, out YearMonth month)
    {
        month = today.ToYearMonth();
        return text is null || OptionValues.TryMonth(context, "--month", text, out month, RuleMonths.Of(context.Parameters));
    }
}
