using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>One batch run over the population: what it ran with, how far it got and what it counted.</summary>
public sealed class BatchRun
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary><c>decisions</c> or <c>allowance</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The run's number among the runs of its kind (decisions run 3, month run 2), from 1; what users are shown.</summary>
    public int Number { get; set; }

    /// <summary>The date or month it runs for (ISO text).</summary>
    public required string Argument { get; set; }

    /// <summary>The parameter version used.</summary>
    public required string ParameterVersion { get; set; }

    /// <summary>When it started.</summary>
    public Instant StartedAt { get; set; }

    /// <summary>When it finished, or <c>null</c> while running or interrupted.</summary>
    public Instant? FinishedAt { get; set; }

    /// <summary><c>running</c> or <c>finished</c>.</summary>
    public required string Status { get; set; }

    /// <summary>The last key of the last committed chunk; a resumed run continues after it.</summary>
    public string? LastKey { get; set; }

    /// <summary>Chunks committed.</summary>
    public int Chunks { get; set; }

    /// <summary>Counts per outcome (JSON object), updated with every chunk.</summary>
    public required string Counts { get; set; }

    /// <summary>
    /// What the run's results follow from (<see cref="Runs.RunFingerprint"/>): kind, date or month, parameter version and
    /// the registry's state; a finished run with the same fingerprint is reused instead of run again. <c>null</c> for a
    /// run that never reads one state (resumed after the registry changed, or stored before fingerprints).
    /// </summary>
    public string? Fingerprint { get; set; }
}
