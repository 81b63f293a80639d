using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Overgang.Web.Api;
using Overgang.Web.Cases;
using Overgang.Web.Security;

namespace Overgang.Web.Persons;

/// <summary><c>/api/v1/persons</c>: search, read, change facts (ETag and If-Match).</summary>
internal static class PersonEndpoints
{
    private const int DefaultPageSize = 20;

    public static void Map(RouteGroupBuilder api)
    {
        var persons = api.MapGroup("/persons").WithTags("persons");
        persons.MapGet("/", SearchAsync).RequireAuthorization(AccessPolicies.Staff)
            .WithSummary("Searches persons by name (given, family or both in either order, Latin or Cyrillic, any transliteration), date of birth, BSN, V-number, person id or household id; filters municipality, location, path, status; sort name, birthDate, municipality (- for descending). Case workers find only their municipality. Paged; audited.");
        persons.MapGet("/{id}", ReadAsync).RequireAuthorization(AccessPolicies.SignedIn)
            .WithSummary("A person's record with its ETag. Staff within scope, or the person themselves; audited.");
        persons.MapPatch("/{id}", UpdateAsync).RequireAuthorization(AccessPolicies.Staff)
            .WithSummary("Changes a person's facts (incomes per month, asylum application, public-order check, medical treatment, a move to another place from a date, for the person or the whole household, another permit, the return commitment, an absence, a partner or parent-child relation added or ended). Needs If-Match with the ETag read; 412 when it changed, 428 without.");
        persons.MapPost("/{id}/decision", DecideAsync).RequireAuthorization(AccessPolicies.Staff)
            .WithSummary("Decides the person again from the registry's current facts, on the latest decisions run's date, replacing their decision and tasks in that run with what a full run would store for them (a task that still applies keeps its row). The IND and administrators for every person, a case worker within their municipality; audited.");
    }

    private static async Task<Results<Ok<PersonSearchResult>, ProblemHttpResult>> SearchAsync(
        HttpContext http, PersonSearch search, string? q, string? municipality, string? location, string? path, string? status, string? sort, int? page, int? pageSize, CancellationToken cancellationToken) =>
        CaseHttp.Answer(await search.SearchAsync(Caller.From(http.User)!, new PersonSearchQuery(q, municipality, location, path, status, sort, page ?? 1, pageSize ?? DefaultPageSize), cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Ok<PersonView>, ProblemHttpResult>> ReadAsync(HttpContext http, PersonService service, string id, CancellationToken cancellationToken)
    {
        var result = await service.ReadAsync(Caller.From(http.User)!, id, cancellationToken).ConfigureAwait(false);
        if (result is CaseResult<PersonView>.Ok ok)
        {
            http.Response.Headers.ETag = CaseHttp.ETag(ok.Value.Version);
        }

        return CaseHttp.Answer(result);
    }

    private static async Task<Results<Ok<PersonDecided>, ProblemHttpResult>> DecideAsync(HttpContext http, PersonDecisions decisions, string id, CancellationToken cancellationToken) =>
        CaseHttp.Answer(await decisions.DecideAsync(Caller.From(http.User)!, id, cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Ok<FactsChanged>, ProblemHttpResult>> UpdateAsync(HttpContext http, PersonService service, string id, FactsUpdate update, CancellationToken cancellationToken)
    {
        var result = await service.UpdateAsync(Caller.From(http.User)!, id, CaseHttp.IfMatch(http.Request), update, cancellationToken).ConfigureAwait(false);
        if (result is CaseResult<FactsChanged>.Ok ok)
        {
            http.Response.Headers.ETag = CaseHttp.ETag(ok.Value.Version);
        }

        return CaseHttp.Answer(result);
    }
}
