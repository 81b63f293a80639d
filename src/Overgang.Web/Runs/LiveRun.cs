namespace Overgang.Web.Runs;

/// <summary>What this process knows of a run it started: running or not, progress, the error that stopped it, and whether someone asked it to stop.</summary>
internal sealed record LiveRun(bool Running, int? Done, int? Total, string? Error, bool StopRequested = false);

/// <summary>A run's status as the API and the administrator's dashboard show it, from its row and what this process knows of it.</summary>
internal static class RunStatus
{
    /// <summary>
    /// <c>finished</c>; <c>stopping</c> or <c>running</c> while this process runs it; <c>failed</c> (stopped with an error),
    /// <c>stopped</c> (on request) or <c>interrupted</c> (not running in this process) otherwise; the last three resume
    /// when the same run is started again.
    /// </summary>
    public static string Of(Overgang.Registry.Model.BatchRun run, LiveRun? live) =>
        run.Status == "finished" ? "finished"
        : live is { Running: true, StopRequested: true } ? "stopping"
        : live is { Running: true } ? "running"
        : live?.Error is not null ? "failed"
        : live is { StopRequested: true } ? "stopped"
        : "interrupted";
}
