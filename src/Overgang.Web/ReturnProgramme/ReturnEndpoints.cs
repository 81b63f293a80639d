using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Overgang.Web.Api;
using Overgang.Web.Cases;
using Overgang.Web.Security;

namespace Overgang.Web.ReturnProgramme;

/// <summary><c>/api/v1/return-programme</c>: the caseload against the planning figure, the open steps, a person's enrolment read and changed.</summary>
internal static class ReturnEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/return-programme").WithTags("return-programme");
        group.MapGet("/caseload", CaseloadAsync).RequireAuthorization(AccessPolicies.ReturnCaseload)
            .WithSummary("The return programme's caseload per month (?from=YYYY-MM&to=YYYY-MM, default the twelve months up to this one): enrolled, on the return path, with an agreed date, departed, withdrawn, against the planning figure of potential participants. Case workers see their municipality; aggregates only.");
        group.MapGet("/overview", OverviewAsync).RequireAuthorization(AccessPolicies.ReturnProgramme)
            .WithSummary("The caseload of the last twelve months and the open steps of everyone on the return path, by owner and due date. Case workers see their municipality. Audited.");
        group.MapGet("/persons/{id}", ReadAsync).RequireAuthorization(AccessPolicies.ReturnProgramme)
            .WithSummary("A person's return-programme enrolment with its ETag (\"0\" while not enrolled): visits, courses, withdrawal, departure, and what the rules say today (stage, steps with owner and due date, provisions, package). Audited.");
        group.MapPatch("/persons/{id}", ChangeAsync).RequireAuthorization(AccessPolicies.ReturnProgramme)
            .WithSummary("Records or changes the enrolment (without a departure date: to be agreed), adds a visit or a course, records a withdrawal or a departure. DTenV, the IND and administrators. Needs If-Match with the ETag read; 412 when it changed, 428 without. Audited.");
    }

    private static async Task<Results<Ok<ReturnCaseload>, ProblemHttpResult>> CaseloadAsync(HttpContext http, ReturnService service, string? from, string? to, CancellationToken cancellationToken) =>
        CaseHttp.Answer(await service.CaseloadAsync(Caller.From(http.User)!, from, to, cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Ok<ReturnOverview>, ProblemHttpResult>> OverviewAsync(HttpContext http, ReturnService service, CancellationToken cancellationToken) =>
        CaseHttp.Answer(await service.OverviewAsync(Caller.From(http.User)!, cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Ok<EnrolmentView>, ProblemHttpResult>> ReadAsync(HttpContext http, ReturnService service, string id, CancellationToken cancellationToken)
    {
        var result = await service.ReadAsync(Caller.From(http.User)!, id, cancellationToken).ConfigureAwait(false);
        if (result is CaseResult<EnrolmentView>.Ok ok)
        {
            http.Response.Headers.ETag = CaseHttp.ETag(ok.Value.Version);
        }

        return CaseHttp.Answer(result);
    }

    private static async Task<Results<Ok<EnrolmentChanged>, ProblemHttpResult>> ChangeAsync(HttpContext http, ReturnService service, string id, EnrolmentChange change, CancellationToken cancellationToken)
    {
        var result = await service.ChangeAsync(Caller.From(http.User)!, id, CaseHttp.IfMatch(http.Request), change, cancellationToken).ConfigureAwait(false);
        if (result is CaseResult<EnrolmentChanged>.Ok ok)
        {
            http.Response.Headers.ETag = CaseHttp.ETag(ok.Value.Version);
        }

        return CaseHttp.Answer(result);
    }
}
