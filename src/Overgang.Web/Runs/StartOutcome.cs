namespace Overgang.Web.Runs;

/// <summary>Whether a run was started, or another one is running.</summary>
internal abstract record StartOutcome
{
    private StartOutcome()
    {
    }

    /// <summary>Started; the run's id.</summary>
    public sealed record Started(long RunId) : StartOutcome;

    /// <summary>Another run is running (its id, when it has one yet).</summary>
    public sealed record Busy(long? RunId) : StartOutcome;
}
