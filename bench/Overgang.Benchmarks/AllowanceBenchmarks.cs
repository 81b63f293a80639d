using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Overgang.Rules.Allowance;
using Overgang.Rules.Households;
using Overgang.Rules.Parameters;

namespace Overgang.Benchmarks;

/// <summary>
/// Allowance and contribution for one household and for 60,000 households of a realistic mix, with and without
/// explanations, on one thread. Households/s = 60,000 / mean of the Sixty* benchmarks.
/// </summary>
[MemoryDiagnoser]
public class AllowanceBenchmarks
{
    private const int Households = 60_000;
    private static readonly LocalDate _date = new(2025, 11, 1);
    private AllowanceSchedule _schedule = null!;
    private ImmutableArray<Household> _households;
    private ImmutableArray<PersonFacts> _persons;
    private Household _one = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schedule = AllowanceSchedule.For(ParameterTree.Default, _date);
        _persons = SyntheticHouseholds.Persons(Households, 2027, _date);
        if (!HouseholdFormation.TryForm(_persons, _date, 18, out _households, out var error))
        {
            throw new InvalidOperationException(error.Message);
        }

        _one = _households.First(h => h.Size == 3 && h.Reception == Reception.Municipal && h.Members.Any(m => m.Person.MonthlyIncome.IsPositive));
    }

    [Benchmark]
    public CalculationOutcome OneHousehold() => AllowanceCalculator.Calculate(_one, _schedule, explain: false);

    [Benchmark]
    public CalculationOutcome OneHouseholdExplained() => AllowanceCalculator.Calculate(_one, _schedule, explain: true);

    [Benchmark(OperationsPerInvoke = Households)]
    public long SixtyThousand() => Run(explain: false);

    [Benchmark(OperationsPerInvoke = Households)]
    public long SixtyThousandExplained() => Run(explain: true);

    /// <summary>Household formation from person relations for the 60,000 households (about 155,000 persons).</summary>
    [Benchmark(OperationsPerInvoke = Households)]
    public int SixtyThousandFormation() =>
        HouseholdFormation.TryForm(_persons, _date, 18, out var households, out _) ? households.Length : 0;

    private long Run(bool explain)
    {
        var total = 0L;
        foreach (var household in _households)
        {
            if (AllowanceCalculator.Calculate(household, _schedule, explain: explain) is CalculationOutcome.Calculated calculated)
            {
                total += calculated.Result.Allowance.Cents;
            }
        }

        return total;
    }
}
