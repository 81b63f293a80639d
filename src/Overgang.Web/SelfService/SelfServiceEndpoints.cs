using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using Overgang.Registry;
using Overgang.Rules.Parameters;
using Overgang.Web.Api;
using Overgang.Web.Cases;
using Overgang.Web.Audit;
using Overgang.Web.Security;

namespace Overgang.Web.SelfService;

/// <summary><c>GET /api/v1/me</c>: a displaced person's own record (policy <see cref="AccessPolicies.OwnRecord"/>).</summary>
internal static class SelfServiceEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me", ReadAsync).RequireAuthorization(AccessPolicies.OwnRecord).WithTags("self-service")
            .WithSummary("The caller's own record: path, decision, tasks and this month's allowance (displaced persons only; audited).");

    private static async Task<Results<Ok<OwnRecordResponse>, ProblemHttpResult>> ReadAsync(HttpContext http, RegistryContext context, ParameterTree parameters, AccessLog log, IClock clock, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        if (caller?.PersonId is not { } personId)
        {
            return Problems.Forbidden("only a displaced person has an own record");
        }

        var record = await OwnRecordReader.ReadAsync(context, parameters, personId, CaseClock.Today(clock), cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return Problems.NotFound("your record is not in the registry");
        }

        await log.ReadAsync(context, caller, "own record (api)", [personId], cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(record);
    }
}
