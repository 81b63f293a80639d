namespace Overgang.Registry.Runs;

/// <summary>How a batch run proceeds: chunk size, progress reporting, whether to run again, and (for tests) a fault to inject.</summary>
/// <param name="ChunkSize">Keys per chunk; each chunk commits in one transaction with the run's checkpoint.</param>
/// <param name="Progress">Receives progress after every committed chunk.</param>
/// <param name="Fault">Called at every point where a crash could happen; throwing there simulates a crash.</param>
/// <param name="Rerun">Run again even when a finished run has the same fingerprint (<see cref="RunFingerprint"/>); by default that run is reused.</param>
public sealed record RunOptions(int ChunkSize = 5_000, IProgress<RunProgress>? Progress = null, Action<RunFaultPoint>? Fault = null, bool Rerun = false)
{
    /// <summary>
    /// Reads the next chunk's facts on a second, read-only connection while the current chunk is decided and written
    /// (one chunk ahead, so memory stays bounded). On SQLite only when the file is in WAL mode, where a reader does not
    /// hold up the writer's commit. Off: each chunk is read, then decided and written, in turn.
    /// </summary>
    public bool Pipeline { get; init; } = true;

    /// <summary>
    /// Workers in this process (PostgreSQL only; SQLite runs one). Each leases the run's chunks one by one; other processes
    /// running the same run join it the same way (<see cref="ChunkedRunner"/>).
    /// </summary>
    public int Workers { get; init; } = 1;

    /// <summary>How long a worker's lease on a chunk lasts unless renewed (it is renewed while the worker works): after a
    /// worker is killed, another takes its chunks after this time. PostgreSQL only.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(60);
}
