using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using Overgang.Analysis.Costs;
using Overgang.Analysis.Reforms;
using Overgang.Registry;
using Overgang.Registry.Population;
using Overgang.Rules.Parameters;
using Overgang.Web.Cases;

namespace Overgang.Web.Analysts.Reforms;

/// <summary>
/// Runs reforms in the background, one at a time, over the registry this application serves: the same population
/// (<see cref="PopulationStore.Read"/> and <see cref="PopulationIndex.Of"/>, as <c>overgang simulate --database</c>),
/// the same default period (<see cref="ReformPeriod"/>) and the same simulation. At most <see cref="Waiting"/> runs wait;
/// the last <see cref="Kept"/> jobs are kept in memory, the oldest finished one forgotten first.
/// </summary>
internal sealed partial class ReformJobs(RegistryDatabase database, ParameterTree parameters, IClock clock, ILogger<ReformJobs> logger) : BackgroundService
{
    /// <summary>Jobs kept in memory (queued, running and finished together).</summary>
    public const int Kept = 20;

    /// <summary>Runs that may wait behind the running one.</summary>
    public const int Waiting = 4;

    private readonly Channel<ReformJob> _queue = Channel.CreateBounded<ReformJob>(new BoundedChannelOptions(Waiting) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly Lock _gate = new();
    private readonly List<ReformJob> _jobs = [];

    /// <summary>Queues a run of a reform; refuses (as a value) when <see cref="Waiting"/> runs wait already.</summary>
    public ReformStart Start(Reform reform, bool shipped)
    {
        ArgumentNullException.ThrowIfNull(reform);
        var job = new ReformJob(Guid.NewGuid().ToString("N"), reform, shipped, clock.GetCurrentInstant());
        lock (_gate)
        {
            if (!_queue.Writer.TryWrite(job))
            {
                return new ReformStart.Full();
            }

            _jobs.Add(job);
            while (_jobs.Count > Kept && _jobs.FindIndex(j => j.State.Status is ReformJobStatus.Finished or ReformJobStatus.Failed) is var oldest and >= 0)
            {
                _jobs.RemoveAt(oldest);
            }
        }

        return new ReformStart.Queued(job.Id);
    }

    /// <summary>A job by id, or <c>null</c> when there is none (or it was forgotten).</summary>
    public ReformJob? Find(string id)
    {
        lock (_gate)
        {
            return _jobs.Find(j => string.Equals(j.Id, id, StringComparison.Ordinal));
        }
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await Task.Run(() => Run(job), CancellationToken.None).WaitAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void Run(ReformJob job)
    {
        try
        {
            job.Enter(ReformPhase.Population);
            var today = CaseClock.Today(clock);
            if (!ReformPeriod.TryDefault(parameters, today, out var date, out var from, out var to, out var missing))
            {
                job.Refuse(missing);
                return;
            }

            var population = PopulationStore.Read(database, today);
            var index = PopulationIndex.Of(population);
            var description = $"registry: {population.Persons.Length.ToString(CultureInfo.InvariantCulture)} persons";
            var progress = new Phases(job);
            if (!CostSimulation.TryRun(index, parameters, job.Reform, date, ReformPeriod.Months(from, to), description, CostData.Default, CostModel.DefaultDraws, CostModel.DefaultSeed, out var report, out missing, progress))
            {
                job.Refuse(missing);
                return;
            }

            job.Enter(ReformPhase.Report);
            job.Finish(new ReformResult(report, report.Costs is { } costs ? new Overgang.Web.Analysts.Costs.CostRun(costs, date, from, to, index.TransitionFacts.Length) : null));
        }
#pragma warning disable CA1031 // a failed run is reported through its job; the service goes on with the next one
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailed(logger, job.Reform.Name, e);
            job.Fail(e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "reform run {Reform} failed")]
    private static partial void LogFailed(ILogger logger, string reform, Exception exception);

    /// <summary>Reports synchronously: a <see cref="Progress{T}"/> would post to the thread pool and lag behind the run.</summary>
    private sealed class Phases(ReformJob job) : IProgress<ReformPhase>
    {
        public void Report(ReformPhase value) => job.Enter(value);
    }
}
