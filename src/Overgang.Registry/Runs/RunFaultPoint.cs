namespace Overgang.Registry.Runs;

/// <summary>A point in a run where a crash is simulated in tests.</summary>
/// <param name="Chunk">The chunk number in this attempt, from 0.</param>
/// <param name="Stage"><c>before-commit</c> (results written, not committed) or <c>after-commit</c>.</param>
public sealed record RunFaultPoint(int Chunk, string Stage);
