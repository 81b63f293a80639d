using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>One batch run over the population: what it ran with, how far it got and what it counted.</summary>
public sealed class BatchRun
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary><c>decisions</c> or <c>allowance</c>.</summary>
    public required string Kind { get; set; }

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
}
