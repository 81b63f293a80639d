namespace Overgang.Registry.Runs;

/// <summary>How a batch run proceeds: chunk size, progress reporting, whether to run again, and (for tests) a fault to inject.</summary>
/// <param name="ChunkSize">Keys per chunk; each chunk commits in one transaction with the run's checkpoint.</param>
/// <param name="Progress">Receives progress after every committed chunk.</param>
/// <param name="Fault">Called at every point where a crash could happen; throwing there simulates a crash.</param>
/// <param name="Rerun">Run again even when a finished run has the same fingerprint (<see cref="RunFingerprint"/>); by default that run is reused.</param>
public sealed record RunOptions(int ChunkSize = 5_000, IProgress<RunProgress>? Progress = null, Action<RunFaultPoint>? Fault = null, bool Rerun = false);
