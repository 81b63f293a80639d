using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using Overgang.Analysis.Projections;
using Overgang.Contracts;

namespace Overgang.Cli.Analysis;

/// <summary>The options of a projection shared by <c>project</c> and <c>report</c>: draws and seed.</summary>
internal sealed class ProjectionOptions
{
    private const int MaximumDraws = 100_000;
    private readonly Option<int> _draws = new("--draws") { Description = "Monte Carlo draws.", DefaultValueFactory = _ => Projection.DefaultDraws };
    private readonly Option<int> _seed = new("--projection-seed") { Description = "Seed of the draws; the same seed gives the same bands.", DefaultValueFactory = _ => Projection.DefaultSeed };

    public void AddTo(Command command)
    {
        command.Options.Add(_draws);
        command.Options.Add(_seed);
    }

    public bool TryRun(ParseResult parse, CliContext context, string name, string field, [NotNullWhen(true)] out ProjectionResult? result)
    {
        result = null;
        var data = ProjectionData.Default;
        if (!Projection.TryFind(data, name, out var scenario))
        {
            context.Error.WriteLine(JsonOutput.Error(new InputError(field, $"no scenario '{name}'; the scenarios are {string.Join(", ", data.Scenarios.Select(s => s.Id))}")));
            return false;
        }

        var draws = parse.GetValue(_draws);
        if (draws is < 1 or > MaximumDraws)
        {
            context.Error.WriteLine(JsonOutput.Error(new InputError("--draws", $"--draws must be from 1 to {MaximumDraws}, not {draws}")));
            return false;
        }

        result = Projection.Run(data, scenario, draws, parse.GetValue(_seed));
        return true;
    }

    public int Draws(ParseResult parse) => parse.GetValue(_draws);

    public int Seed(ParseResult parse) => parse.GetValue(_seed);
}
