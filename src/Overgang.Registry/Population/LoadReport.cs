using System.Collections.Immutable;

namespace Overgang.Registry.Population;

/// <summary>What loading a population into the registry did: rows and time per table, in load order.</summary>
/// <param name="Tables">Table name, rows inserted and elapsed time, including the audit entries.</param>
/// <param name="DeletedPersons">Persons deleted first (with <c>--replace</c>), or 0.</param>
public sealed record LoadReport(ImmutableArray<(string Table, int Rows, TimeSpan Elapsed)> Tables, int DeletedPersons)
{
    /// <summary>The name in <see cref="Tables"/> of the time spent making the indexes and foreign keys after the rows.</summary>
    public const string AfterRows = "(indexes and foreign keys)";

    /// <summary>The name in <see cref="Tables"/> of the time spent gathering the planner's statistics of the tables written (PostgreSQL).</summary>
    public const string Statistics = "(statistics)";

    /// <summary>The secondary indexes made after the rows (PostgreSQL, a load into an empty registry), or 0.</summary>
    public int IndexesAfterRows { get; init; }

    /// <summary>The foreign keys made and checked after the rows (PostgreSQL, a load into an empty registry), or 0.</summary>
    public int ForeignKeysAfterRows { get; init; }
}
