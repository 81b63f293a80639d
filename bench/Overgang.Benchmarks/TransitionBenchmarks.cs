using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;

namespace Overgang.Benchmarks;

/// <summary>Transition decisions with reasons for 150,000 synthetic persons on one decision date (goal: at least 500,000 persons/s on one core).</summary>
[MemoryDiagnoser]
public class TransitionBenchmarks
{
    public const int Persons = 150_000;

    private TransitionFacts[] _persons = [];
    private TransitionSchedule? _schedule;

    [GlobalSetup]
    public void Setup()
    {
        var date = new LocalDate(2027, 3, 4);
        _schedule = TransitionSchedule.TryFor(ParameterTree.Default, date, out var schedule, out var missing)
            ? schedule
            : throw new InvalidOperationException(missing.Message);
        _persons = Synthetic(Persons, seed: 2027);
    }

    /// <summary>Every person decided with reasons, actions, tasks and household flags.</summary>
    [Benchmark(OperationsPerInvoke = Persons)]
    public ImmutableArray<TransitionDecision> DecideAllWithReasons() => TransitionDecider.DecideAll(_persons, _schedule!);

    /// <summary>
    /// The same 150,000 decisions taken as a batch run takes them: 5,000 persons (whole households) at a time, each chunk
    /// dropped once counted, so the decisions of the whole population are not all kept alive at once.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Persons)]
    public int DecideInChunksWithReasons()
    {
        const int chunk = 5_000;
        var decided = 0;
        for (var offset = 0; offset < _persons.Length; offset += chunk)
        {
            var slice = new ArraySegment<TransitionFacts>(_persons, offset, Math.Min(chunk, _persons.Length - offset));
            foreach (var decision in TransitionDecider.DecideAll(slice, _schedule!))
            {
                decided += decision.Reasons.Length > 0 ? 1 : 0;
            }
        }

        return decided;
    }

    /// <summary>Synthetic persons: households of one to five, a mix of every path and pending reason.</summary>
    public static TransitionFacts[] Synthetic(int count, int seed)
    {
        var random = new Random(seed);
        var persons = new TransitionFacts[count];
        var household = 0;
        var left = 0;
        var start = new LocalDate(2022, 3, 4);
        for (var i = 0; i < count; i++)
        {
            if (left == 0)
            {
                household++;
                left = random.Next(1, 6);
            }

            left--;
            var roll = random.Next(100);
            var since = start.PlusDays(random.Next(0, 1360));
            persons[i] = new TransitionFacts(
                $"p{i}",
                new LocalDate(1950, 1, 1).PlusDays(random.Next(0, 27_000)),
                roll < 2 ? UkrainianResidence.Temporary : roll < 4 ? UkrainianResidence.Permanent : UkrainianResidence.Citizen,
                new Registration("NL", since),
                roll is >= 4 and < 6 ? [new Registration("DE", since.PlusDays(-30))] : [],
                (AsylumApplication)random.Next(3),
                null,
                false,
                roll < 80 ? PublicOrderCheck.Passed : (PublicOrderCheck)random.Next(3),
                roll is >= 10 and < 20 ? new ReturnCommitment(random.Next(4) > 0, new LocalDate(2027, 1, 1).PlusDays(random.Next(0, 500))) : null,
                roll is >= 20 and < 25 ? new OtherPermit(PermitKind.Work, new LocalDate(2026, 1, 1).PlusDays(random.Next(0, 1500))) : null,
                random.Next(20) == 0,
                $"h{household}");
        }

        return persons;
    }
}
