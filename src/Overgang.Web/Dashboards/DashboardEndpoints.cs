using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Overgang.Web.Api;
using Overgang.Web.Security;

namespace Overgang.Web.Dashboards;

/// <summary><c>GET /api/v1/dashboard</c>: the home page's counts for the caller's role, from the same use case as the page.</summary>
internal static class DashboardEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/dashboard", ReadAsync).WithTags("dashboard").RequireAuthorization(AccessPolicies.SignedIn)
            .WithSummary("What needs attention now for the caller's role: a case worker's municipality (pending decisions by owner, open and overdue municipal tasks, residents away longer than the absence maximum, occupancy per location, this month's run), the IND (open IND actions by task, overdue, review flags, link candidates, transitional stays), DTenV (this month's return caseload against the planning figure, due and overdue steps) or an administrator (latest runs, accounts); the next deadlines. 403 for analysts and displaced persons.");

    private static async Task<Results<Ok<Dashboard>, ProblemHttpResult>> ReadAsync(HttpContext http, DashboardService service, CancellationToken cancellationToken) =>
        CaseHttp.Answer(await service.ReadAsync(Caller.From(http.User)!, cancellationToken).ConfigureAwait(false));
}
