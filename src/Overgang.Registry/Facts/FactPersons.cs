using System.Collections.Frozen;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Model;

namespace Overgang.Registry.Facts;

/// <summary>
/// The persons whose fact rows a loader reads (<see cref="DecisionFacts"/>, <see cref="AllowanceFacts"/>,
/// <see cref="ReturnFacts"/>, the transitional stays): a query of persons the fact table is joined to (one household, or a
/// run's chunk on SQLite), or on PostgreSQL a run's chunk with its ids already read, looked up in the person index of each
/// table with rows for most persons. Each loader narrows every fact table through <see cref="Rows{T}"/>, so it has one body for both.
/// </summary>
/// <remarks>
/// On PostgreSQL the join of a fact table to a chunk's persons is planned by costs: with the default
/// <c>random_page_cost</c> of 4 the planner reads the whole fact table for every chunk once it has about a million rows
/// (bench/README.md, issue 13, stops 31 and 32). <c>"PersonId" = ANY (ARRAY(SELECT unnest(@ids)))</c>, one array
/// parameter the planner does not look into, is read by the index at every size and either cost. SQL of its own, as LINQ
/// has no such shape; on SQLite the range join stays (<see cref="Runs.HouseholdRange.Facts"/>).
/// </remarks>
internal sealed class FactPersons
{
    /// <summary>
    /// The fact tables with rows for most persons (a quarter of them or more in a generated registry, several rows each in
    /// some): read by the person index for a listed chunk. The others hold rows for few persons (other permits, absences,
    /// ended partnerships, stays, the return programme's steps after the commitment): joined, since hashing a small table
    /// costs less than probing its index with a chunk's 8,000 ids (5–14 ms per read even on an empty table, bench/README.md
    /// stop 32), and a table that grows large is still read by its index when the server's costs say so.
    /// </summary>
    private static readonly FrozenSet<Type> _dense = new[]
    {
        typeof(ProtectionRegistration), typeof(Placement), typeof(DecisionRecord), typeof(PersonIncome), typeof(PersonParent), typeof(ReturnCommitment),
    }.ToFrozenSet();

    private readonly IQueryable<Person> _query;
    private readonly string[]? _ids;

    private FactPersons(IQueryable<Person> query, string[]? ids)
    {
        _query = query;
        _ids = ids;
    }

    /// <summary>The persons of a query: each fact table is joined to it in the database.</summary>
    public static FactPersons Joined(IQueryable<Person> persons)
    {
        ArgumentNullException.ThrowIfNull(persons);
        return new FactPersons(persons, null);
    }

    /// <summary>
    /// The persons of a query whose ids are already read: each table with rows for most persons is read by its person
    /// index, the ids one array parameter; each other table is joined to the query.
    /// </summary>
    public static FactPersons Listed(IQueryable<Person> persons, IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(persons);
        ArgumentNullException.ThrowIfNull(ids);
        return new FactPersons(persons, [.. ids]);
    }

    /// <summary>The rows of <paramref name="rows"/> (a fact table, read untracked) whose person (<paramref name="personId"/>, a column) is one of these persons.</summary>
    public IQueryable<T> Rows<T>(DbSet<T> rows, Expression<Func<T, string>> personId)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(personId);
        if (_ids is null || !_dense.Contains(typeof(T)))
        {
            return rows.AsNoTracking().Join(_query, personId, p => p.Id, (x, _) => x);
        }

        // The ids through ARRAY(SELECT unnest(…)): an array the planner does not see, estimated at a few rows, so the person
        // index at every size and cost. The array parameter itself (what EF.Parameter(ids).Contains(…) makes) is seen:
        // with 8,000 ids and random_page_cost 4 the planner scans a million-row table whole (bench/README.md, stop 32).
        var table = rows.EntityType.GetTableName();
        var column = rows.EntityType.GetProperty(((MemberExpression)personId.Body).Member.Name).GetColumnName();
        // The table's and the column's names are the model's (no input in the SQL); the ids are its one parameter (an array, not the arguments).
        var sql = string.Concat("SELECT * FROM \"", table, "\" WHERE \"", column, "\" = ANY (ARRAY(SELECT unnest({0})))");
        return rows.FromSqlRaw(sql, [(object)_ids]).AsNoTracking();
    }
}
