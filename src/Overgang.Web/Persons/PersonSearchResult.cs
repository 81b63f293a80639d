using System.Collections.Immutable;

namespace Overgang.Web.Persons;

/// <summary>A page of search results.</summary>
/// <param name="Query">What was searched for (empty when only filters were given).</param>
/// <param name="Municipality">The municipality the search was limited to (the caller's scope or the filter), or <c>null</c> for every one.</param>
/// <param name="Location">The location filter, or <c>null</c>.</param>
/// <param name="Path">The path filter, or <c>null</c>.</param>
/// <param name="Status">The status filter, or <c>null</c>.</param>
/// <param name="Sort">The order: <c>name</c>, <c>birthDate</c> or <c>municipality</c>, <c>-</c> prefixed when descending.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Results per page.</param>
/// <param name="Total">Matches in all pages.</param>
/// <param name="Persons">This page's matches.</param>
public sealed record PersonSearchResult(
    string Query,
    string? Municipality,
    string? Location,
    string? Path,
    string? Status,
    string Sort,
    int Page,
    int PageSize,
    int Total,
    ImmutableArray<PersonSummary> Persons)
{
    /// <summary>The number of pages (at least 1).</summary>
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
