namespace Overgang.Analysis.Reforms;

/// <summary>The phases of a reform run, in order, as <see cref="ReformSimulation.TryRun"/> reports them.</summary>
public enum ReformPhase
{
    /// <summary>The population is read and indexed (reported by the host, before the run).</summary>
    Population,

    /// <summary>The baseline runs over the population.</summary>
    Baseline,

    /// <summary>The reformed parameters run over the same population.</summary>
    Reform,

    /// <summary>The two runs are compared.</summary>
    Comparison,

    /// <summary>Tables and charts are made (reported by the host, after the run).</summary>
    Report,
}
