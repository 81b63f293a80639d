namespace Overgang.Web.Runs;

/// <summary>Whether a run was started, or another one is running.</summary>
internal abstract record StartOutcome
{
    private StartOutcome()
    {
    }

    /// <summary>Started (or, when <paramref name="Reused"/>, a finished run with the same fingerprint answers it); the run's id.</summary>
    public sealed record Started(long RunId, bool Reused = false) : StartOutcome;

    /// <summary>Another run is running (its id, when it has one yet).</summary>
    public sealed record Busy(long? RunId) : StartOutcome;
}
