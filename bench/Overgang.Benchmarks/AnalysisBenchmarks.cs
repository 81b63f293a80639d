using BenchmarkDotNet.Attributes;
using NodaTime;
using Overgang.Analysis.Projections;
using Overgang.Analysis.Reforms;
using Overgang.Registry.Population;
using Overgang.Rules.Parameters;

namespace Overgang.Benchmarks;

/// <summary>
/// Issue 6 goals: baseline plus reform over the calibrated 135,010 persons under 5 seconds (five allowance months and the
/// transition decisions, twice); a projection with 1,000 uncertainty draws under 10 seconds. The population is generated
/// and indexed once in the setup (generation is timed by bench/analysis.sh).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class AnalysisBenchmarks
{
    private static readonly YearMonth[] _months = [new(2026, 11), new(2026, 12), new(2027, 1), new(2027, 2), new(2027, 3)];
    private PopulationIndex? _index;
    private Reform? _reform;
    private ProjectionScenario? _scenario;

    [GlobalSetup]
    public void Setup()
    {
        _index = PopulationIndex.Of(PopulationGenerator.Generate(Calibration.RegisteredPersons, PopulationGenerator.DefaultSeed));
        var file = Path.Combine(AppContext.BaseDirectory, "Reforms", "contribution-105.yaml");
        _reform = Reform.TryParse(new ParameterFile(file, File.ReadAllText(file)), ParameterTree.Default, out var reform, out var error)
            ? reform
            : throw new InvalidOperationException(error.Message);
        _scenario = Projection.TryFind(ProjectionData.Default, "protracted-war", out var scenario) ? scenario : throw new InvalidOperationException("no scenario");
    }

    /// <summary>Baseline and reform (operating contribution €105 from December 2026) over 135,010 persons, five months.</summary>
    [Benchmark]
    public ReformReport BaselineAndReform() =>
        ReformSimulation.TryRun(_index!, ParameterTree.Default, _reform!, new LocalDate(2027, 3, 4), _months, "benchmark", out var report, out var missing)
            ? report
            : throw new InvalidOperationException(missing.Message);

    /// <summary>The baseline scenario 2025-2030 with 1,000 Monte Carlo draws.</summary>
    [Benchmark]
    public ProjectionResult Projection1000Draws() => Projection.Run(ProjectionData.Default, _scenario!, 1_000, Projection.DefaultSeed);
}
