using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using Overgang.Registry.Model;

namespace Overgang.Registry;

/// <summary>A part of the registry's facts counted on its own (<see cref="FactAreas"/>), so that what reads only that part stays kept when another part changes.</summary>
public enum FactArea
{
    /// <summary>Placements, absences, reception locations and municipality names: the locations list and the displaced people counted at them.</summary>
    Placements = 4,

    /// <summary>Enrolments in the return programme (commitment, visits, courses, withdrawal, departure), the enrolled persons' names and municipality, municipality names.</summary>
    ReturnProgramme = 5,

    /// <summary>
    /// Transitional stays and what their work list reads of a person (medical treatment, date of birth, household,
    /// municipality, names), municipality names: the IND's list of persons flagged for a stay.
    /// </summary>
    Stays = 6,
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
    public static readonly IReadOnlyList<FactArea> All = [FactArea.Placements, FactArea.ReturnProgramme, FactArea.Stays];

    /// <summary>The person's columns the return programme shows.</summary>
    private static readonly HashSet<string> ReturnColumns = new(StringComparer.Ordinal)
    {
        nameof(Person.Id), nameof(Person.GivenName), nameof(Person.FamilyName), nameof(Person.GivenNameCyrillic), nameof(Person.FamilyNameCyrillic), nameof(Person.MunicipalityCode),
    };

    /// <summary>The person's columns the transitional stays' work list reads: the return programme's and the flags' inputs.</summary>
    private static readonly HashSet<string> StayColumns = new(ReturnColumns, StringComparer.Ordinal)
    {
        nameof(Person.HouseholdId), nameof(Person.BirthDate), nameof(Person.MedicalTreatment),
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
            TransitionalStayRecord => [FactArea.Stays],
            Person => Modified(entry, ReturnColumns) ? [FactArea.ReturnProgramme, FactArea.Stays] : Modified(entry, StayColumns) ? [FactArea.Stays] : [],
            _ => [],
        };
    }

    /// <summary>
    /// The person whose facts a changed row of an area is about, for <see cref="FactJournal"/>; <c>null</c> when the row
    /// may touch any person's (a municipality or location, a person added or removed).
    /// </summary>
    internal static string? PersonOf(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.State is EntityState.Added or EntityState.Deleted && entry.Entity is Person)
        {
            return null;
        }

        return entry.Entity switch
        {
            Person person => person.Id,
            Model.ReturnCommitment row => row.PersonId,
            ReturnVisit row => row.PersonId,
            ReturnCourse row => row.PersonId,
            ReturnWithdrawal row => row.PersonId,
            ReturnDeparture row => row.PersonId,
            TransitionalStayRecord row => row.PersonId,
            Placement row => row.PersonId,
            Absence row => row.PersonId,
            _ => null,
        };
    }

    private static bool Modified(EntityEntry entry, HashSet<string> columns) => entry.Properties.Any(p => p.IsModified && columns.Contains(p.Metadata.Name));

    /// <summary>
    /// Raises the tracked row and the areas' rows, in the caller's transaction (after the revision), and gives the value
    /// each area's counter was raised to.
    /// </summary>
    internal static Dictionary<FactArea, long> Raise(RegistryContext context, IReadOnlyCollection<FactArea> areas)
    {
        using var command = RaiseCommand(context, areas);
        using var reader = command.ExecuteReader();
        var raised = new Dictionary<FactArea, long>();
        while (reader.Read())
        {
            Add(raised, reader.GetInt32(0), reader.GetInt64(1));
        }

        return raised;
    }

    /// <summary>The same as <see cref="Raise"/>, asynchronous.</summary>
    internal static async Task<Dictionary<FactArea, long>> RaiseAsync(RegistryContext context, IReadOnlyCollection<FactArea> areas, CancellationToken cancellationToken)
    {
        using var command = RaiseCommand(context, areas);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            var raised = new Dictionary<FactArea, long>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                Add(raised, reader.GetInt32(0), reader.GetInt64(1));
            }

            return raised;
        }
    }

    private static void Add(Dictionary<FactArea, long> raised, int row, long value)
    {
        if (row != TrackedRow)
        {
            raised[(FactArea)row] = value;
        }
    }

    /// <summary>The upsert of <see cref="RaiseSql"/> on the context's connection, in its transaction (the context's <c>SaveChanges</c> opened both).</summary>
    private static System.Data.Common.DbCommand RaiseCommand(RegistryContext context, IReadOnlyCollection<FactArea> areas)
    {
        var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("the fact areas are raised inside the change's transaction");
        command.CommandText = RaiseSql(areas);
        return command;
    }

    /// <summary>
    /// Both providers' upsert of several rows (SQLite 3.35 and later, PostgreSQL 9.5 and later), rows in ascending order,
    /// giving each row's new value.
    /// </summary>
    private static string RaiseSql(IReadOnlyCollection<FactArea> areas) =>
        "INSERT INTO registry_revision (\"Id\", \"Value\") VALUES "
        + string.Join(", ", new[] { TrackedRow }.Concat(areas.Distinct().Select(a => (int)a)).Order().Select(id => "(" + id.ToString(CultureInfo.InvariantCulture) + ", 1)"))
        + " ON CONFLICT (\"Id\") DO UPDATE SET \"Value\" = registry_revision.\"Value\" + 1 RETURNING \"Id\", \"Value\"";
}
