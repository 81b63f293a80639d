using System.CommandLine;
using System.Diagnostics;
using NodaTime;
using Overgang.Contracts;
using Overgang.Cli.Runs;
using Overgang.Registry.Population;
using Overgang.Registry.Runs;
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
        var persons = new Option<int>("--persons", "-n") { Description = $"Persons to generate when the registry is empty (default {Calibration.RegisteredPersons}).", DefaultValueFactory = _ => Calibration.RegisteredPersons };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated population.", DefaultValueFactory = _ => PopulationGenerator.DefaultSeed };
        var date = new Option<string?>("--date", "-d") { Description = "Decision date (default: the last day of protection, 2027-03-04)." };
        var month = new Option<string?>("--month", "-m") { Description = "Allowance month YYYY-MM (default: the current month)." };
        var command = new Command("demo", "The main job: registry, demo population, decisions for 4 March 2027 and this month's allowance, with a summary.") { database, persons, seed, date, month };
        command.SetAction(parse => Run(context, parse.GetValue(database), parse.GetValue(persons), parse.GetValue(seed), parse.GetValue(date), parse.GetValue(month)));
        return command;
    }

    private static int Run(CliContext context, string? databaseSetting, int personCount, int seed, string? dateText, string? monthText)
    {
        var today = context.Today;
        if (!TryDecisionDate(context, today, dateText, out var decisionDate) || !TryMonth(context, today, monthText, out var month))
        {
            return ExitCodes.BadInput;
        }

        var console = ConsoleFactory.Create(context.Output);
        var timings = new List<(string Phase, TimeSpan Elapsed)>();
        var registry = DatabaseOption.Resolve(databaseSetting);
        if (!TryPrepare(context, "demo", registry, personCount, seed, decisionDate, month, alwaysRun: true, timings, out var decisionsRun, out var allowance))
        {
            return ExitCodes.BadInput;
        }

        var folder = Path.Combine(registry.DataFolder, $"payments-{month.ToString("yyyy-MM", null)}");
        var clock = Stopwatch.StartNew();
        var totals = PaymentLists.Write(registry, allowance!.Id, folder);
        timings.Add(("payment lists", clock.Elapsed));

        var summary = RegistrySummary.Read(registry, decisionsRun, month.OnDayOfMonth(1));
        console.WriteLine();
        console.WriteLine($"Transition decisions on {decisionDate:yyyy-MM-dd} (run {decisionsRun})");
        console.Write(RunCommand.PathTable(summary));
        console.Write(RunCommand.ActionTable(summary));
        console.WriteLine($"Living allowance and own contribution, {month.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}");
        RunCommand.Print(context, allowance.Id, allowance.Counts, totals, folder);
        console.WriteLine($"Occupancy on {month.OnDayOfMonth(1):yyyy-MM-dd}");
        var occupancy = new Table().Border(TableBorder.Simple).AddColumns("location kind", "locations", "places", "placed", "occupancy");
        foreach (var (kind, locations, places, placed) in summary.Occupancy)
        {
            occupancy.AddRow(kind, locations.ToString("N0", null), places.ToString("N0", null), placed.ToString("N0", null), Percent(placed, places));
        }

        var allPlaces = summary.Occupancy.Sum(o => o.Places);
        var allPlaced = summary.Occupancy.Sum(o => o.Placed);
        occupancy.AddRow("total", summary.Occupancy.Sum(o => o.Locations).ToString("N0", null), allPlaces.ToString("N0", null), allPlaced.ToString("N0", null), Percent(allPlaced, allPlaces));
        console.Write(occupancy);
        console.WriteLine("timings: " + string.Join(", ", timings.Select(t => $"{t.Phase} {t.Elapsed.TotalSeconds:0.0} s")));
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Makes the registry ready for use: migrated, with the demo population when it is empty, and, when it was empty or
    /// <paramref name="alwaysRun"/>, the decisions for <paramref name="decisionDate"/> and the allowance for <paramref name="month"/>.
    /// </summary>
    internal static bool TryPrepare(CliContext context, string command, Registry.RegistryDatabase registry, int personCount, int seed, LocalDate decisionDate, YearMonth month, bool alwaysRun, List<(string Phase, TimeSpan Elapsed)> timings, out long decisionsRun, out Registry.Model.BatchRun? allowance)
    {
        var console = ConsoleFactory.Create(context.Output);
        var clock = Stopwatch.StartNew();
        decisionsRun = 0;
        allowance = null;
        registry.Migrate();
        console.WriteLine($"Overgang {command} on {registry.Provider} ({registry.SqliteFile ?? "PostgreSQL"}), parameters {context.Parameters.Version}");
        var existing = PopulationStore.CountPersons(registry);
        if (existing == 0)
        {
            var population = PopulationGenerator.Generate(personCount, seed);
            var load = PopulationStore.Load(registry, population, context.Clock.GetCurrentInstant(), replace: false);
            console.WriteLine($"generated the demo population: {population.Persons.Length:N0} persons (seed {seed}), {load.Tables.Sum(t => (long)t.Rows):N0} rows");
        }
        else
        {
            console.WriteLine($"the registry holds {existing:N0} persons: using them");
        }

        timings.Add(("registry and population", clock.Elapsed));
        if (existing > 0 && !alwaysRun)
        {
            return true;
        }

        clock.Restart();
        if (!RunCommand.RunDecisions(context, registry, decisionDate, 5_000, out decisionsRun))
        {
            return false;
        }

        timings.Add(($"decisions {decisionDate:yyyy-MM-dd}", clock.Elapsed));
        clock.Restart();
        allowance = RunProgressView.Track(context, $"allowance {month:yyyy-MM}", progress =>
            AllowanceRun.Execute(registry, month, context.Parameters, context.Clock, new RunOptions(5_000, progress)));
        timings.Add(($"allowance {month.ToString("yyyy-MM", null)}", clock.Elapsed));
        return true;
    }

    private static string Percent(int part, int whole) => whole == 0 ? "" : (100.0 * part / whole).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %";

    internal static bool TryDecisionDate(CliContext context, LocalDate today, string? text, out LocalDate date)
    {
        if (text is not null)
        {
            return OptionValues.TryDate(context, "--date", text, out date);
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
        return text is null || OptionValues.TryMonth(context, "--month", text, out month);
    }
}
