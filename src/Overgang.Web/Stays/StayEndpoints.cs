using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Overgang.Web.Api;
using Overgang.Web.Security;

namespace Overgang.Web.Stays;

/// <summary><c>/api/v1/persons/{id}/transitional-stays</c>: transitional stays (issue 16, docs/transitional-stays.md).</summary>
internal static class StayEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/persons/{id}/transitional-stays").WithTags("transitional-stays");
        group.MapGet("/", ListAsync).RequireAuthorization(AccessPolicies.SignedIn)
            .WithSummary("A person's transitional stays, latest first: kind (medical-treatment, school-year), from, until, the day the path's consequences apply (the day after), the IND's follow-up day, reason, who decided it and when. The IND and administrators; case workers of the person's municipality; the person.");
        group.MapPost("/", DecideAsync).RequireAuthorization(AccessPolicies.Decisions)
            .WithSummary("The IND decides a transitional stay: kind, from, until (YYYY-MM-DD), reason. The rules check the ground (medical treatment, a school-age child in the household; 400 naming kind when missing) and end a school-year stay at the end of the school year in which protection ends; a school-year stay is recorded for every member of the household. Audited.");
    }

    private static async Task<Results<Ok<StayList>, ProblemHttpResult>> ListAsync(HttpContext http, StayService service, string id, CancellationToken cancellationToken) =>
        CaseHttp.Answer(await service.ListAsync(Caller.From(http.User)!, id, cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Ok<StayList>, ProblemHttpResult>> DecideAsync(HttpContext http, StayService service, string id, StayRequest request, CancellationToken cancellationToken) =>
        CaseHttp.Answer(await service.DecideAsync(Caller.From(http.User)!, id, request, cancellationToken).ConfigureAwait(false));
}
