namespace Overgang.Registry.Runs;

/// <summary>How far a run is.</summary>
/// <param name="Done">Keys processed (including those of earlier, interrupted attempts).</param>
/// <param name="Total">Keys in the run.</param>
public sealed record RunProgress(int Done, int Total);
