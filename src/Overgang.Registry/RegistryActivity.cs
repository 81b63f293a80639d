using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Model;

namespace Overgang.Registry;

/// <summary>
/// The registry's activity: a second counter beside its revision (<see cref="RegistryRevision"/>), raised in the same
/// transaction as every change of what the pages show besides the facts: runs and their chunks, stored decisions,
/// payments and tasks (a run's chunk or finish, a person decided again, a task done, assigned or reviewed), the quality
/// tables (inspections, findings, complaints, reported occupancy, conversions, target groups), link candidates, reported
/// changes, contacts and the scorecard. A result computed from those rows stays exact while the counter and the
/// revision stay the same, so the web application may keep it (<c>KeptPerRevision</c>).
/// </summary>
/// <remarks>
/// <para>It is row 2 of <c>registry_revision</c>, written by an upsert so a registry made before it needs no migration
/// (no row reads as 0). The revision (row 1) stays what the runs' fingerprints follow (<see cref="Runs.RunFingerprint"/>):
/// activity does not change a run's facts.</para>
/// <para>Raised in three places: <see cref="RegistryContext"/>'s <c>SaveChanges</c> for every change through EF Core
/// (the web's writes, a run's chunk commit and finish, which update the run's row), the CSV import and the population
/// load (bulk writes). The audit log, accounts, data-protection keys and explanation texts do not raise it: a read's
/// audit entries would otherwise change it with every request. A transaction that changes facts and activity raises the
/// revision first and the activity second, so concurrent writers lock the two rows in the same order.</para>
/// </remarks>
public static class RegistryActivity
{
    /// <summary>The counter's row in <c>registry_revision</c> (the revision is row 1).</summary>
    public const int Row = 2;

    /// <summary>Both providers' upsert (SQLite 3.24 and later, PostgreSQL 9.5 and later).</summary>
    private const string RaiseSql =
        "INSERT INTO registry_revision (\"Id\", \"Value\") VALUES (2, 1) ON CONFLICT (\"Id\") DO UPDATE SET \"Value\" = registry_revision.\"Value\" + 1";

    /// <summary>Raises the activity counter, in the caller's transaction.</summary>
    public static void Raise(RegistryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Database.ExecuteSqlRaw(RaiseSql);
    }

    /// <summary>Raises the activity counter, in the caller's transaction.</summary>
    public static async Task RaiseAsync(RegistryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.Database.ExecuteSqlRawAsync(RaiseSql, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The revision and the activity as they are now (0 for a row not yet written), in one query.</summary>
    public static async Task<(long Revision, long Activity)> ReadAsync(RegistryContext context, CancellationToken cancellationToken)
    {
        var counters = await RegistryCounters.ReadAsync(context, cancellationToken).ConfigureAwait(false);
        return (counters.Revision, counters.Activity);
    }

    /// <summary>The same as <see cref="ReadAsync"/>, not asynchronous.</summary>
    public static (long Revision, long Activity) Read(RegistryContext context)
    {
        var counters = RegistryCounters.Read(context);
        return (counters.Revision, counters.Activity);
    }

    /// <summary>Whether a changed entity is activity: neither a fact (which raises the revision) nor the log, accounts, keys or texts.</summary>
    internal static bool Counts(object entity) => entity is BatchRun or RunChunk or DecisionRecord or PaymentRecord or CaseTask or LinkCandidate or ReportedChange
        or MunicipalityContact or LocationTargetGroup or LocationInspection or InspectionFinding or LocationComplaint or LocationConversion or LocationOccupancy
        or ScorecardEntry or WorkAssignment or FlagReview;
}
