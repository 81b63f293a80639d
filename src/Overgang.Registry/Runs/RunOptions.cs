namespace Overgang.Registry.Runs;

/// <summary>How a batch run proceeds: chunk size, progress reporting, whether to run again, and (for tests) a fault to inject.</summary>
/// <param name="ChunkSize">Keys per chunk; each chunk commits in one transaction with the run's checkpoint.</param>
/// <param name="Progress">Receives progress after every committed chunk.</param>
/// <param name="Fault">Called at every point where a crash could happen; throwing there simulates a crash.</param>
/// <param name="Rerun">Run again even when a finished run has the same fingerprint (<see cref="RunFingerprint"/>); by default that run is reused.</param>
public sealed record RunOptions(int ChunkSize = 5_000, IProgress<RunProgress>? Progress = null, Action<RunFaultPoint>? Fault = null, bool Rerun = false)
{
    /// <summary>
    /// Reads the next chunks' facts (and decides or calculates them) on read-only connections of their own while the current
    /// chunk is written (<see cref="Readers"/> chunks ahead, so memory stays bounded). On SQLite only when the file is in WAL
    /// mode, where a reader does not hold up the writer's commit. Off: each chunk is read, then decided and written, in turn.
    /// </summary>
    public bool Pipeline { get; init; } = true;

    /// <summary>
    /// With the pipeline: how many chunks a worker loads ahead at once, each on a read-only connection and thread of its own,
    /// while it writes the current one (the loads take the chunks in order and the chunks are written in that order); memory
    /// holds this many chunks plus the one being written. <c>null</c>: two on SQLite, where loading and calculating a chunk
    /// takes about as long as writing one, so two loads keep the second core busy beside the one writer; one on PostgreSQL,
    /// where the server does much of the work and several workers share a run, and two loads measured no gain (150,000
    /// persons, and 4.3 million with two processes: bench/README.md, "Two chunks loaded ahead", issue 13, stop 36).
    /// </summary>
    public int? Readers { get; init; }

    /// <summary>
    /// Workers in this process (PostgreSQL only; SQLite runs one). Each leases the run's chunks one by one; other processes
    /// running the same run join it the same way (<see cref="ChunkedRunner"/>).
    /// </summary>
    public int Workers { get; init; } = 1;

    /// <summary>How long a worker's lease on a chunk lasts unless renewed (it is renewed while the worker works): after a
    /// worker is killed, another takes its chunks after this time. PostgreSQL only.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Asks the run to stop (an operator's Ctrl-C, a service stopping): each worker commits no chunk after it is signalled,
    /// waits for the chunks it is loading, gives up their leases (PostgreSQL) and returns; the run stays <c>running</c>
    /// with every chunk committed before, and the same command goes on from there. Not finished, it writes no lists.
    /// </summary>
    public CancellationToken Stop { get; init; }
}
