using NodaTime;
using Overgang.Analysis.Reforms;
using Overgang.Rules.Parameters;

namespace Overgang.Web.Analysts.Reforms;

/// <summary>One reform run in this process: what it runs, how far it is, and its result or why it stopped.</summary>
internal sealed class ReformJob(string id, Reform reform, bool shipped, Instant queuedAt)
{
    private readonly Lock _gate = new();
    private ReformJobStatus _status = ReformJobStatus.Queued;
    private ReformPhase? _phase;
    private ReformResult? _result;
    private MissingParameter? _missing;
    private string? _failure;

    /// <summary>The job's id: random, so that one analyst cannot guess another's run.</summary>
    public string Id => id;

    public Reform Reform => reform;

    /// <summary>True for a reform shipped in <c>reforms/</c>, false for an uploaded one.</summary>
    public bool Shipped => shipped;

    public Instant QueuedAt => queuedAt;

    public ReformJobState State
    {
        get
        {
            lock (_gate)
            {
                return new ReformJobState(_status, _phase, Percent(_status, _phase), _result, _missing, _failure);
            }
        }
    }

    public void Enter(ReformPhase phase)
    {
        lock (_gate)
        {
            _status = ReformJobStatus.Running;
            _phase = phase;
        }
    }

    public void Finish(ReformResult result)
    {
        lock (_gate)
        {
            _status = ReformJobStatus.Finished;
            _result = result;
        }
    }

    /// <summary>Refused because a parameter the run needs is unknown (an expected outcome of a reform).</summary>
    public void Refuse(MissingParameter missing)
    {
        lock (_gate)
        {
            _status = ReformJobStatus.Failed;
            _missing = missing;
        }
    }

    /// <summary>Stopped by a defect (logged); the page says so without the details.</summary>
    public void Fail(string failure)
    {
        lock (_gate)
        {
            _status = ReformJobStatus.Failed;
            _failure = failure;
        }
    }

    private static int Percent(ReformJobStatus status, ReformPhase? phase) => status switch
    {
        ReformJobStatus.Finished => 100,
        ReformJobStatus.Queued => 0,
        _ => phase switch
        {
            ReformPhase.Population => 5,
            ReformPhase.Baseline => 15,
            ReformPhase.Reform => 55,
            ReformPhase.Comparison => 90,
            ReformPhase.Report => 95,
            _ => 0,
        },
    };
}

/// <summary>Where a reform job is.</summary>
internal enum ReformJobStatus
{
    Queued,
    Running,
    Finished,
    Failed,
}

/// <summary>A job's state at one moment.</summary>
/// <param name="Status">Queued, running, finished or failed.</param>
/// <param name="Phase">The phase it is in while running.</param>
/// <param name="Percent">How far it is, 0 to 100 (by phase: the baseline and the reform take most of the time).</param>
/// <param name="Result">The result when finished.</param>
/// <param name="Missing">The unknown parameter that refused the run.</param>
/// <param name="Failure">The defect that stopped it.</param>
internal sealed record ReformJobState(ReformJobStatus Status, ReformPhase? Phase, int Percent, ReformResult? Result, MissingParameter? Missing, string? Failure);
