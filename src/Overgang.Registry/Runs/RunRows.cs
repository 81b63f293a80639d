namespace Overgang.Registry.Runs;

/// <summary>
/// The check that stands in for the foreign keys a run's results no longer have (migration <c>RunRows</c>,
/// docs/adr/0017-run-results-without-foreign-keys.md): the decisions, tasks and payments whose run does not
/// exist. A run writes only rows of the run it holds and runs are never deleted, so every count is 0; anything else is
/// a defect, which <c>overgang audit verify</c> reports.
/// </summary>
/// <param name="Decisions">Decisions of a run that does not exist.</param>
/// <param name="Tasks">Tasks of a run that does not exist.</param>
/// <param name="Payments">Payments of a run that does not exist.</param>
public sealed record RunRows(int Decisions, int Tasks, int Payments)
{
    /// <summary>True when every result has its run.</summary>
    public bool AllHaveTheirRun => Decisions == 0 && Tasks == 0 && Payments == 0;

    /// <summary>Counts the results without their run (one anti-join per table, in the database).</summary>
    public static RunRows Orphans(RegistryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runs = context.Runs;
        return new RunRows(
            context.Decisions.Count(d => !runs.Any(r => r.Id == d.RunId)),
            context.Tasks.Count(t => !runs.Any(r => r.Id == t.RunId)),
            context.Payments.Count(p => !runs.Any(r => r.Id == p.RunId)));
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Decisions} decision(s), {Tasks} task(s) and {Payments} payment(s) without their run";
}
