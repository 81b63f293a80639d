namespace Overgang.Registry.Model;

/// <summary>
/// The registry's revision: one row whose value goes up in the same transaction as every change of the facts the runs
/// read (persons, relations, protections, placements, absences, incomes, permits, locations, municipalities).
/// </summary>
/// <remarks>Changes through EF Core are counted by <see cref="RegistryContext"/> itself; the bulk writers (import,
/// population load) call <see cref="Runs.RunFingerprint.Bump"/>. The table's other rows are counters beside it: the
/// registry's activity (row 2, <see cref="RegistryActivity"/>) and the parts of the facts (rows 3–5, <see cref="FactAreas"/>).</remarks>
public sealed class RegistryRevision
{
    /// <summary>1 for the revision; 2 to 5 for the counters beside it.</summary>
    public int Id { get; set; }

    /// <summary>The revision, from 0 for a new registry.</summary>
    public long Value { get; set; }
}
