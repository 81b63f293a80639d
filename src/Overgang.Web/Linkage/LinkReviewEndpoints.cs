using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Overgang.Web.Api;
using Overgang.Web.Security;

namespace Overgang.Web.Linkage;

/// <summary><c>/api/v1/link-candidates</c>: record linkage's review queue (docs/linkage.md).</summary>
internal static class LinkReviewEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/link-candidates").WithTags("linkage").RequireAuthorization(AccessPolicies.Decisions);
        group.MapGet("/", ListAsync)
            .WithSummary("Open candidate pairs of record linkage (possibly one person registered twice), highest weight first, with the evidence per field; ?page=1&pageSize=20. IND and administrators.");
        group.MapGet("/{id:long}", ReadAsync)
            .WithSummary("One candidate pair, open or decided, with both records side by side and the evidence per field.");
        group.MapPost("/{id:long}/decision", DecideAsync)
            .WithSummary("A reviewer's decision: samePerson true (a confirmed double registration adds the other member state's registration, so the next decisions run flags multiple-registration) or false; version as read (412 when stale).");
    }

    private static async Task<Results<Ok<LinkCandidatePage>, ProblemHttpResult>> ListAsync(HttpContext http, LinkReviewService service, int? page, int? pageSize, CancellationToken cancellationToken) =>
        CaseHttp.Answer(await service.OpenAsync(Caller.From(http.User)!, page ?? 1, pageSize ?? 20, cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Ok<LinkCandidateView>, ProblemHttpResult>> ReadAsync(HttpContext http, LinkReviewService service, long id, CancellationToken cancellationToken) =>
        CaseHttp.Answer(await service.ReadAsync(Caller.From(http.User)!, id, cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Ok<LinkCandidateView>, ProblemHttpResult>> DecideAsync(HttpContext http, LinkReviewService service, long id, LinkDecisionRequest request, CancellationToken cancellationToken) =>
        CaseHttp.Answer(await service.DecideAsync(Caller.From(http.User)!, id, request, cancellationToken).ConfigureAwait(false));
}
