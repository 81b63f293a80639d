namespace Overgang.Registry.Runs;

/// <summary>How far a run is.</summary>
/// <param name="Done">Keys processed (including those of earlier, interrupted attempts).</param>
/// <param name="Total">Keys in the run.</param>
public sealed record RunProgress(int Done, int Total)
{
    /// <summary>The run's id.</summary>
    public long RunId { get; init; }

    /// <summary>True when a finished run with the same fingerprint is reused: nothing is computed or stored (the only report, with nothing to do).</summary>
    public bool Reused { get; init; }
}
