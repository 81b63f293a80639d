using System.CommandLine;
using System.Diagnostics;
using Overgang.Contracts;
using Overgang.Registry.Population;
using Spectre.Console;

namespace Overgang.Cli.Generate;

/// <summary>
/// <c>overgang generate</c>: generates the calibrated synthetic population, loads it into the registry, optionally writes
/// it as registry CSV files, and prints the calibration targets against the generated values and the time per phase.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var persons = new Option<int>("--persons", "-n") { Description = "Number of persons (the BRP count of 2 November 2025).", DefaultValueFactory = _ => Calibration.RegisteredPersons };
        var seed = new Option<int>("--seed") { Description = "Seed; the same seed and number give the same population.", DefaultValueFactory = _ => PopulationGenerator.DefaultSeed };
        var database = DatabaseOption.Create();
        var csv = new Option<string?>("--csv") { Description = "Also write the population as registry CSV files (docs/registry-csv.md) into this folder." };
        var replace = new Option<bool>("--replace") { Description = "Delete the persons already in the registry (and the batch results about them) first, in the same transaction." };
        var command = new Command("generate", "Generate the calibrated synthetic population and load it into the registry.") { persons, seed, database, csv, replace };
        command.SetAction(parse => Run(context, parse.GetValue(persons), parse.GetValue(seed), parse.GetValue(database), parse.GetValue(csv), parse.GetValue(replace)));
        return command;
    }

    private static int Run(CliContext context, int personCount, int seed, string? databaseSetting, string? csvDirectory, bool replace)
    {
        if (personCount is < 1 or > PopulationGenerator.MaxPersons)
        {
            context.Error.WriteLine(JsonOutput.Error(new InputError("--persons", $"--persons must be between 1 and {PopulationGenerator.MaxPersons}")));
            return ExitCodes.BadInput;
        }

        var total = Stopwatch.StartNew();
        var timings = new List<(string Phase, TimeSpan Elapsed, string Detail)>();
        var database = DatabaseOption.Resolve(databaseSetting);
        var clock = Stopwatch.StartNew();
        database.Migrate();
        var existing = PopulationStore.CountPersons(database);
        timings.Add(("migrate", clock.Elapsed, ""));
        if (existing > 0 && !replace)
        {
            context.Error.WriteLine($"the registry already holds {existing.ToString("N0", Figures.Culture)} persons; nothing was generated. Use --replace to delete them (and the batch results about them) and generate a new population.");
            return ExitCodes.BadInput;
        }

        GeneratedPopulation generated;
        IReadOnlyList<(string File, int Rows)> files = [];
        if (csvDirectory is null)
        {
            // Generated and loaded as it is made, slice by slice: memory does not grow with the population.
            clock.Restart();
            generated = Runs.RunProgressView.Phase(context, "generating and loading the population", "persons", progress => PopulationStore.Generate(database, personCount, seed, context.Clock.GetCurrentInstant(), replace, progress));
            timings.Add(("generate + load", clock.Elapsed, $"{Figures.Count(generated.Persons)} persons, {Figures.Count(generated.Load.Tables.Sum(t => (long)t.Rows))} rows"));
        }
        else
        {
            // The CSV files are written from the whole population in memory.
            clock.Restart();
            var population = Runs.RunProgressView.Phase(context, "generating the population", "persons", progress => PopulationGenerator.Generate(personCount, seed, progress));
            timings.Add(("generate", clock.Elapsed, $"{Figures.Count(population.Persons.Length)} persons"));

            clock.Restart();
            var summary = PopulationSummary.Compute(population);
            timings.Add(("summary", clock.Elapsed, ""));

            clock.Restart();
            var loaded = Runs.RunProgressView.Phase(context, "loading the population", "rows", progress => PopulationStore.Load(database, population, context.Clock.GetCurrentInstant(), replace, progress));
            timings.Add(("load", clock.Elapsed, $"{Figures.Count(loaded.Tables.Sum(t => (long)t.Rows))} rows"));
            generated = new GeneratedPopulation(population.Seed, population.Date, population.Persons.Length, population.Households, population.Locations.Length, summary, loaded);

            clock.Restart();
            files = PopulationCsv.Write(population, csvDirectory);
            timings.Add(("csv", clock.Elapsed, $"{files.Count} files"));
        }

        var load = generated.Load;
        var at = csvDirectory is null ? timings.Count : timings.FindIndex(t => t.Phase == "load") + 1;
        timings.InsertRange(at, load.Tables.Select(t => ("  " + t.Table, t.Elapsed, t.Table == LoadReport.AfterRows
            ? $"{Figures.Count(load.IndexesAfterRows)} indexes, {Figures.Count(load.ForeignKeysAfterRows)} foreign keys made after the rows"
            : t.Rows > 0 ? $"{Figures.Count(t.Rows)} rows" : "")));
        timings.Add(("total", total.Elapsed, ""));
        Print(context, database.Provider, generated, files, timings);
        return ExitCodes.Ok;
    }

    private static void Print(
        CliContext context,
        string provider,
        GeneratedPopulation population,
        IReadOnlyList<(string File, int Rows)> files,
        List<(string Phase, TimeSpan Elapsed, string Detail)> timings)
    {
        var console = ConsoleFactory.Create(context.Output);
        var summary = population.Summary;
        var load = population.Load;
        console.WriteLine($"Overgang generate: {Figures.Count(population.Persons)} persons in {Figures.Count(population.Households)} households and {Figures.Count(population.Locations)} reception locations, seed {population.Seed}, as of {population.Date:yyyy-MM-dd}, database {provider}");
        if (load.DeletedPersons > 0)
        {
            console.WriteLine($"replaced: {Figures.Count(load.DeletedPersons)} persons deleted first");
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("target", "measure", "target value", "generated", "tolerance", "within", "source");
        foreach (var row in summary)
        {
            var target = row.Target;
            table.AddRow(
                Markup.Escape(target.Id),
                Markup.Escape(target.Description),
                $"{target.Value:0.00} {target.Unit}",
                $"{row.Generated:0.00} {target.Unit}",
                $"± {target.Tolerance:0.00}",
                row.IsWithinTolerance ? "yes" : "NO",
                Markup.Escape((target.Published ? "" : "[assumption] ") + target.Source));
        }

        console.Write(table);
        var rows = new Table().Border(TableBorder.Simple).AddColumns("table", "rows");
        foreach (var (name, count, _) in load.Tables.Where(t => t.Rows > 0 && !t.Table.StartsWith('(')))
        {
            rows.AddRow(name, count.ToString("N0", Figures.Culture));
        }

        console.Write(rows);
        foreach (var (file, count) in files)
        {
            console.WriteLine($"csv {file}: {Figures.Count(count)} rows");
        }

        foreach (var (phase, elapsed, detail) in timings)
        {
            console.WriteLine($"timing {phase}: {elapsed.TotalSeconds:0.000} s{(detail.Length > 0 ? " (" + detail + ")" : "")}");
        }
    }
}
