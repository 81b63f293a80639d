using System.Collections.Immutable;

namespace Overgang.Web.Persons;

/// <summary>A page of search results, in family-name order.</summary>
/// <param name="Query">What was searched for.</param>
/// <param name="Municipality">The municipality the search was limited to, or <c>null</c> for every one.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Results per page.</param>
/// <param name="Total">Matches in all pages.</param>
/// <param name="Persons">This page's matches.</param>
public sealed record PersonSearchResult(string Query, string? Municipality, int Page, int PageSize, int Total, ImmutableArray<PersonSummary> Persons);
