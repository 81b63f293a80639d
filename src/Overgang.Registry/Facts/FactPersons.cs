using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Overgang.Registry.Model;

namespace Overgang.Registry.Facts;

/// <summary>
/// The persons whose fact rows a loader reads (<see cref="DecisionFacts"/>, <see cref="AllowanceFacts"/>,
/// <see cref="ReturnFacts"/>, the transitional stays): a query of persons the fact table is joined to (one household, or a
/// run's chunk on SQLite), or the ids of a run's chunk already read, looked up in the fact table's person index
/// (PostgreSQL). Each loader narrows every fact table through <see cref="Rows{T}"/>, so it has one body for both.
/// </summary>
/// <remarks>
/// On PostgreSQL the join of a fact table to a chunk's persons is planned by costs: with the default
/// <c>random_page_cost</c> of 4 the planner reads the whole fact table for every chunk once it has about a million rows
/// (bench/README.md, issue 13, stops 31 and 32). <c>"PersonId" = ANY (@ids)</c>, one array parameter, is estimated at
/// the chunk's rows and read by the index at every size and either cost. On SQLite the range join stays
/// (<see cref="Runs.HouseholdRange.Facts"/>): the same LINQ there reads the ids through <c>json_each</c>, slower than the join.
/// </remarks>
internal sealed class FactPersons
{
    private readonly IQueryable<Person>? _query;
    private readonly string[]? _ids;

    private FactPersons(IQueryable<Person>? query, string[]? ids)
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

    /// <summary>The persons of these ids: each fact table is read by its person index, the ids one array parameter.</summary>
    public static FactPersons Listed(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return new FactPersons(null, [.. ids]);
    }

    /// <summary>The rows of <paramref name="rows"/> whose person (<paramref name="personId"/>) is one of these persons.</summary>
    public IQueryable<T> Rows<T>(IQueryable<T> rows, Expression<Func<T, string>> personId)
    {
        if (_ids is null)
        {
            return rows.Join(_query!, personId, p => p.Id, (x, _) => x);
        }

        // EF.Parameter: one array parameter (EF Core 10 otherwise expands a list into a parameter per element).
        var ids = _ids;
        Expression<Func<string, bool>> listed = id => EF.Parameter(ids).Contains(id);
        var body = ReplacingExpressionVisitor.Replace(listed.Parameters[0], personId.Body, listed.Body);
        return rows.Where(Expression.Lambda<Func<T, bool>>(body, personId.Parameters[0]));
    }
}
