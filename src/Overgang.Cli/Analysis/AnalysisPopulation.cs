using System.CommandLine;
using System.Globalization;
using Overgang.Analysis.Reforms;
using Overgang.Registry.Population;

namespace Overgang.Cli.Analysis;

/// <summary>
/// The population of a simulation: generated in memory (default: the calibrated 135,010 persons, seed 2027), or read
/// from a registry with <c>--database</c>. Either way the baseline and the reform run over the same persons.
/// </summary>
internal sealed class AnalysisPopulation
{
    private readonly Option<int> _persons = new("--persons", "-n") { Description = "Generate this many persons in memory (the BRP count of 2 November 2025).", DefaultValueFactory = _ => Calibration.RegisteredPersons };
    private readonly Option<int> _seed = new("--seed") { Description = "Seed of the generated population.", DefaultValueFactory = _ => PopulationGenerator.DefaultSeed };
    private readonly Option<string?> _database = DatabaseOption.Create();

    public void AddTo(Command command)
    {
        command.Options.Add(_persons);
        command.Options.Add(_seed);
        _database.Description = "Read the population from this registry (SQLite file or PostgreSQL connection string) instead of generating it.";
        command.Options.Add(_database);
    }

    public bool TryResolve(ParseResult parse, CliContext context, out (PopulationIndex Index, string Description) population)
    {
        var count = parse.GetValue(_persons);
        if (parse.GetValue(_database) is null && count is < 1 or > PopulationGenerator.MaxPersons)
        {
            context.Error.WriteLine(Contracts.JsonOutput.Error(new Contracts.InputError("--persons", $"--persons must be from 1 to {PopulationGenerator.MaxPersons}, not {count}")));
            population = default;
            return false;
        }

        population = Resolve(parse, context);
        return true;
    }

    private (PopulationIndex Index, string Description) Resolve(ParseResult parse, CliContext context)
    {
        if (parse.GetValue(_database) is { } setting)
        {
            var registry = DatabaseOption.Resolve(setting);
            registry.Migrate();
            var read = PopulationStore.Read(registry, context.Today);
            return (PopulationIndex.Of(read), $"registry ({registry.Provider}{(registry.SqliteFile is { } file ? " " + file : "")}): {read.Persons.Length.ToString(CultureInfo.InvariantCulture)} persons");
        }

        var persons = parse.GetValue(_persons);
        var seed = parse.GetValue(_seed);
        var generated = PopulationGenerator.Generate(persons, seed);
        return (PopulationIndex.Of(generated), $"generated: {persons.ToString(CultureInfo.InvariantCulture)} persons, seed {seed.ToString(CultureInfo.InvariantCulture)}");
    }
}
