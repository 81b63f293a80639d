namespace Overgang.Registry.Model;

/// <summary>
/// The registry's revision: one row whose value goes up in the same transaction as every change of the facts the runs
/// read (persons, relations, protections, placements, absences, incomes, permits, locations, municipalities).
/// </summary>
/// <remarks>Changes through EF Core are counted by <see cref="RegistryContext"/> itself; the bulk writers (import,
/// population load) call <see cref="Runs.RunFingerprint.Bump"/>.</remarks>
public sealed class RegistryRevision
{
    /// <summary>Always 1: the only row.</summary>
    public int Id { get; set; }

    /// <summary>The revision, from 0 for a new registry.</summary>
    public long Value { get; set; }
}
