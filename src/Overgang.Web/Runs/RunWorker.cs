using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Overgang.Registry;
using Overgang.Registry.Model;
using Overgang.Registry.Runs;

namespace Overgang.Web.Runs;

/// <summary>
/// Runs batch runs in the background of the web application, one at a time: a start request waits until the run has
/// its id (its first checkpoint row, or the finished run it reuses) and returns; progress is kept in memory for
/// <c>GET /api/v1/runs/{id}</c>.
/// </summary>
/// <remarks>
/// The runs are the registry's resumable, chunked runs. When the application stops in the middle of one (a deployment, a
/// service manager's SIGTERM), the run is asked to stop (<see cref="RunOptions.Stop"/>): it commits no chunk after that,
/// gives back the chunks it had taken (PostgreSQL), and the stop waits for it, within the host's shutdown timeout; its
/// committed chunks stay, and starting the same run again continues after the last one (the run shows as
/// <c>interrupted</c> until then). Killed outright, a run loses only its chunk under way, which rolls back.
/// </remarks>
internal sealed partial class RunWorker(RegistryDatabase database, ILogger<RunWorker> logger) : BackgroundService
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private readonly Channel<Job> _queue = Channel.CreateBounded<Job>(1);
    private readonly ConcurrentDictionary<long, Job> _jobs = new();
    private readonly Lock _gate = new();
    private Job? _current;

    /// <summary>
    /// Starts a run unless one is running; the outcome carries the new run's id or the busy one's. <paramref name="execute"/>
    /// is given a token that asks the run to stop: when the application stops, or on <see cref="Stop"/>.
    /// </summary>
    public async Task<StartOutcome> StartAsync(string kind, string argument, string parameterVersion, Func<IProgress<RunProgress>, CancellationToken, BatchRun> execute, CancellationToken cancellationToken)
    {
        Job job;
        lock (_gate)
        {
            if (_current is { } busy)
            {
                return new StartOutcome.Busy(busy.RunId);
            }

            job = new Job(kind, argument, parameterVersion, execute);
            _current = job;
        }

        await _queue.Writer.WriteAsync(job, cancellationToken).ConfigureAwait(false);
        var (id, reused) = await job.Started.Task.WaitAsync(StartTimeout, cancellationToken).ConfigureAwait(false);
        return new StartOutcome.Started(id, reused);
    }

    /// <summary>The progress of a run this process started, or <c>null</c>.</summary>
    public LiveRun? Live(long runId) => _jobs.TryGetValue(runId, out var job) ? job.Snapshot() : null;

    /// <summary>
    /// Asks a run this process is running to stop after its chunk under way (as the application's stop does); false when it
    /// is not running here (finished, failed, stopped, or run by another process).
    /// </summary>
    public bool Stop(long runId) => _jobs.TryGetValue(runId, out var job) && job.RequestStop();

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    var progress = new JobProgress(this, job);
                    // Not abandoned when the application stops: the run sees the token, ends after its chunk under way and
                    // returns, and the host's stop waits for that.
                    using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, job.StopRequested);
                    var run = await Task.Run(() => job.Execute(progress, stop.Token), CancellationToken.None).ConfigureAwait(false);
                    if (run.Status != "finished")
                    {
                        if (stoppingToken.IsCancellationRequested)
                        {
                            LogStopped(logger, job.Kind, job.Argument, run.Id, job.Done);
                        }
                        else
                        {
                            LogStoppedOnRequest(logger, job.Kind, job.Argument, run.Id, job.Done);
                        }
                    }

                    job.Finish(null);
                }
#pragma warning disable CA1031 // a failed run is reported through its status; the worker goes on with the next one
                catch (Exception e)
#pragma warning restore CA1031
                {
                    LogFailed(logger, job.Kind, job.Argument, e);
                    job.Finish(RegistryFaults.Of(e) is { } fault ? Fault(fault) : e.GetType().Name + ": " + e.Message);
                    job.Started.TrySetException(e);
                }
                finally
                {
                    lock (_gate)
                    {
                        _current = null;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// A registry fault in words, as the command line says it (<c>OvergangApp</c>): what it is, and, when it may have come
    /// mid-write, what was kept.
    /// </summary>
    private string Fault(RegistryFault fault) =>
        RegistryFaults.Describe(fault, database.Where)
        + (RegistryFaults.MayHaveBeenWriting(fault) ? "; what was committed is kept, and starting the same run again goes on from there" : "");

    /// <inheritdoc/>
    public override void Dispose()
    {
        foreach (var job in _jobs.Values)
        {
            job.Dispose();
        }

        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} run {RunId} for {Argument} stopped as the application stops, after {Done} households; what was committed is kept, and starting the same run again goes on from there")]
    private static partial void LogStopped(ILogger logger, string kind, string argument, long runId, int done);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} run {RunId} for {Argument} stopped on request after {Done} households; what was committed is kept, and starting the same run again goes on from there")]
    private static partial void LogStoppedOnRequest(ILogger logger, string kind, string argument, long runId, int done);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Kind} run for {Argument} failed")]
    private static partial void LogFailed(ILogger logger, string kind, string argument, Exception exception);

    private sealed class JobProgress(RunWorker worker, Job job) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            if (job.RunId is null)
            {
                // The first report names the run: the new or resumed one, or the finished one reused.
                var id = value.RunId;
                job.RunId = id;
                worker._jobs[id] = job;
                job.Started.TrySetResult((id, value.Reused));
            }

            job.Progress(value);
        }
    }

    /// <summary>A run this process started; it lives as long as the worker (its state answers <c>GET /runs/{id}</c>).</summary>
    private sealed class Job(string kind, string argument, string parameterVersion, Func<IProgress<RunProgress>, CancellationToken, BatchRun> execute) : IDisposable
    {
        private readonly Lock _gate = new();
        private readonly CancellationTokenSource _stop = new();
        private RunProgress? _progress;
        private bool _running = true;
        private string? _error;

        public string Kind => kind;

        public string Argument => argument;

        public string ParameterVersion => parameterVersion;

        public Func<IProgress<RunProgress>, CancellationToken, BatchRun> Execute => execute;

        public TaskCompletionSource<(long RunId, bool Reused)> Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public long? RunId { get; set; }

        /// <summary>Signalled when someone asked this run to stop.</summary>
        public CancellationToken StopRequested => _stop.Token;

        /// <summary>Asks the run to stop; false when it is no longer running.</summary>
        public bool RequestStop()
        {
            lock (_gate)
            {
                if (!_running)
                {
                    return false;
                }

                _stop.Cancel();
                return true;
            }
        }

        public int Done
        {
            get
            {
                lock (_gate)
                {
                    return _progress?.Done ?? 0;
                }
            }
        }

        public void Progress(RunProgress progress)
        {
            lock (_gate)
            {
                _progress = progress;
            }
        }

        public void Finish(string? error)
        {
            lock (_gate)
            {
                _running = false;
                _error = error;
            }
        }

        public void Dispose() => _stop.Dispose();

        public LiveRun Snapshot()
        {
            lock (_gate)
            {
                return new LiveRun(_running, _progress?.Done, _progress?.Total, _error, _stop.IsCancellationRequested);
            }
        }
    }
}
