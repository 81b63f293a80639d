using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Overgang.Web.Api;
using Overgang.Web.Security;

namespace Overgang.Web.WorkQueue;

/// <summary><c>/api/v1/work-queue</c>: the IND's pending decisions by reason.</summary>
internal static class WorkQueueEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/work-queue", ReadAsync).WithTags("decisions").RequireAuthorization(AccessPolicies.Decisions)
            .WithSummary("Pending decisions of the latest decisions run, grouped by the outstanding action, oldest first; ?municipality=GM0363 filters. IND and administrators.");

    private static async Task<Results<Ok<WorkQueueView>, ProblemHttpResult>> ReadAsync(HttpContext http, WorkQueueService service, string? municipality, CancellationToken cancellationToken) =>
        CaseHttp.Answer(await service.ReadAsync(Caller.From(http.User)!, municipality, cancellationToken).ConfigureAwait(false));
}
