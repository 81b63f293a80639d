namespace Overgang.Web.Persons;

/// <summary>
/// A search as the page's query string and the API's parameters give it (<c>q</c>, <c>municipality</c>, <c>location</c>,
/// <c>path</c>, <c>status</c>, <c>sort</c>, <c>page</c>, <c>pageSize</c>); every value is checked by <see cref="PersonSearch"/>.
/// </summary>
/// <param name="Q">A name (given, family or both in either order, either script, any transliteration), a date of birth, a BSN, a V-number, a person id or a household id.</param>
/// <param name="Municipality">A municipality code (GM0363), or <c>null</c>.</param>
/// <param name="Location">A reception location id (current placements), or <c>null</c>.</param>
/// <param name="Path">A transition path code of the latest decision (<c>transition-document</c>), or <c>null</c>.</param>
/// <param name="Status"><c>decided</c> or <c>pending</c> (the latest decision), or <c>null</c>.</param>
/// <param name="Sort"><c>name</c>, <c>birthDate</c> or <c>municipality</c>, with a <c>-</c> prefix for descending; <c>null</c> for name.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Results per page.</param>
public sealed record PersonSearchQuery(string? Q, string? Municipality, string? Location, string? Path, string? Status, string? Sort, int Page, int PageSize);
