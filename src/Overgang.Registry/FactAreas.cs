using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Overgang.Registry.Model;

namespace Overgang.Registry;

/// <summary>A part of the registry's facts counted on its own (<see cref="FactAreas"/>), so that what reads only that part stays kept when another part changes.</summary>
public enum FactArea
{
    /// <summary>Placements, absences, reception locations and municipality names: the locations list and the displaced people counted at them.</summary>
    Placements = 4,

    /// <summary>Enrolments in the return programme (commitment, visits, courses, withdrawal, departure), the enrolled persons' names and municipality, municipality names.</summary>
    ReturnProgramme = 5,
}

/// <summary>
/// Counters of parts of the registry's facts (issue 14 item 9): beside the revision (row 1 of <c>registry_revision</c>,
/// raised by every change of a fact), every change of a fact through <see cref="RegistryContext"/>'s <c>SaveChanges</c>
/// raises row 3 (<see cref="TrackedRow"/>) and the row of each <see cref="FactArea"/> it touches, in the same transaction.
/// A result that reads only one area stays exact while that area's counter and the revision's changes not counted by row 3
/// (<see cref="RegistryCounters.Untracked"/>: the bulk writers, the import and the population load, which raise the
/// revision alone) stay the same: a change of a person's medical treatment leaves the locations list and the return
/// programme as they were.
/// </summary>
/// <remarks>
/// <para>Rows written by an upsert, as <see cref="RegistryActivity"/>'s: a registry made before them needs no migration
/// (no row reads as 0). A write raises the revision first, then these rows in the order of their ids, then the activity,
/// so concurrent writers lock the rows in the same order.</para>
/// <para>What touches an area is decided per changed row (<see cref="Touched"/>), by its table and, for a person, by the
/// columns changed; a person, location or municipality added or removed touches every area (the database cascades a
/// removal to rows the change tracker never saw). A fact read by a kept result but not named here must keep that result
/// on the whole revision (<c>KeptOn.Facts</c>).</para>
/// </remarks>
public static class FactAreas
{
    /// <summary>The row counting the revision's raises made through <c>SaveChanges</c>.</summary>
    public const int TrackedRow = 3;

    /// <summary>Every area, in the order their rows are locked.</summary>
    public static readonly IReadOnlyList<FactArea> All = [FactArea.Placements, FactArea.ReturnProgramme];

    /// <summary>The person's columns the return programme shows.</summary>
    private static readonly HashSet<string> ReturnColumns = new(StringComparer.Ordinal)
    {
        nameof(Person.Id), nameof(Person.GivenName), nameof(Person.FamilyName), nameof(Person.GivenNameCyrillic), nameof(Person.FamilyNameCyrillic), nameof(Person.MunicipalityCode),
    };

    /// <summary>The areas a changed row of a fact touches (none for a row no area reads).</summary>
    internal static IEnumerable<FactArea> Touched(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.State is EntityState.Added or EntityState.Deleted && entry.Entity is Person or ReceptionLocation or Municipality)
        {
            return All;
        }

        return entry.Entity switch
        {
            Municipality => All,
            Placement or Absence or ReceptionLocation => [FactArea.Placements],
            Model.ReturnCommitment or ReturnVisit or ReturnCourse or ReturnWithdrawal or ReturnDeparture => [FactArea.ReturnProgramme],
            Person when entry.Properties.Any(p => p.IsModified && ReturnColumns.Contains(p.Metadata.Name)) => [FactArea.ReturnProgramme],
            _ => [],
        };
    }

    /// <summary>Raises the tracked row and the areas' rows, in the caller's transaction (after the revision).</summary>
    internal static void Raise(RegistryContext context, IReadOnlyCollection<FactArea> areas) =>
        context.Database.ExecuteSqlRaw(RaiseSql(areas));

    /// <summary>Raises the tracked row and the areas' rows, in the caller's transaction (after the revision).</summary>
    internal static async Task RaiseAsync(RegistryContext context, IReadOnlyCollection<FactArea> areas, CancellationToken cancellationToken) =>
        await context.Database.ExecuteSqlRawAsync(RaiseSql(areas), cancellationToken).ConfigureAwait(false);

    /// <summary>Both providers' upsert of several rows (SQLite 3.24 and later, PostgreSQL 9.5 and later), rows in ascending order.</summary>
    private static string RaiseSql(IReadOnlyCollection<FactArea> areas) =>
        "INSERT INTO registry_revision (\"Id\", \"Value\") VALUES "
        + string.Join(", ", new[] { TrackedRow }.Concat(areas.Distinct().Select(a => (int)a)).Order().Select(id => "(" + id.ToString(CultureInfo.InvariantCulture) + ", 1)"))
        + " ON CONFLICT (\"Id\") DO UPDATE SET \"Value\" = registry_revision.\"Value\" + 1";
}
