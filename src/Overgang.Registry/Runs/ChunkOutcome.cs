namespace Overgang.Registry.Runs;

/// <summary>What a chunk produced: counts per outcome, added to the run's totals in the same transaction.</summary>
/// <param name="Counts">Outcome name to count.</param>
internal sealed record ChunkOutcome(IReadOnlyDictionary<string, int> Counts);
