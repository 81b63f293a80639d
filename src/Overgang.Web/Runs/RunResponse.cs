using System.Collections.Immutable;

namespace Overgang.Web.Runs;

/// <summary>A batch run: what it runs for, how far it is, and its result when finished.</summary>
/// <param name="Id">The run id (stable, shared by both kinds).</param>
/// <param name="Number">The run's number among the runs of its kind: "decisions run 3", "month run 2".</param>
/// <param name="Kind"><c>decisions</c> or <c>allowance</c>.</param>
/// <param name="Argument">The date or month it runs for.</param>
/// <param name="ParameterVersion">The parameter version used.</param>
/// <param name="Status"><c>running</c>, <c>stopping</c> (asked to stop, writing its last chunk), <c>stopped</c> (stopped on request; start it again to resume), <c>finished</c>, <c>failed</c> (stopped with an error; start it again to resume) or <c>interrupted</c> (not running in this process; start it again to resume).</param>
/// <param name="StartedAt">When it started (ISO instant).</param>
/// <param name="FinishedAt">When it finished (ISO instant), else <c>null</c>.</param>
/// <param name="Chunks">Chunks committed.</param>
/// <param name="Done">Households processed, while it runs in this process; else <c>null</c>.</param>
/// <param name="Total">Households in the run, while it runs in this process; else <c>null</c>.</param>
/// <param name="Counts">Counts per outcome so far.</param>
/// <param name="Error">Why it stopped, for a failed run.</param>
/// <param name="Result">The summary of a finished run, else <c>null</c>.</param>
/// <param name="Reused">In the answer to a start: true when a finished run with the same inputs, parameters and registry state is returned instead of running again.</param>
public sealed record RunResponse(
    long Id,
    int Number,
    string Kind,
    string Argument,
    string ParameterVersion,
    string Status,
    string StartedAt,
    string? FinishedAt,
    int Chunks,
    int? Done,
    int? Total,
    ImmutableSortedDictionary<string, int> Counts,
    string? Error,
    RunResult? Result,
    bool Reused = false);
