using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Overgang.Web.Calculations;
using Overgang.Web.Decisions;
using Overgang.Web.Households;
using Overgang.Web.Persons;
using Overgang.Web.Security;
using Overgang.Web.WorkQueue;

namespace Overgang.Web.Api;

/// <summary>Maps <c>/api/v1</c>: one group per feature.</summary>
internal static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").DisableAntiforgery();
        var auth = api.MapGroup("/auth").WithTags("auth");
        auth.MapPost("/token", TokenAsync).AllowAnonymous()
            .WithSummary("Exchanges a local account's name and password for a bearer token (valid one hour). 429 with Retry-After while the account is locked after wrong passwords.");
        auth.MapPost("/sign-out", SignOutAsync).RequireAuthorization(AccessPolicies.SignedIn)
            .WithSummary("Signs the account out everywhere: every bearer token and sign-in cookie of the account stops working at once.");
        auth.MapGet("/me", Me).RequireAuthorization(AccessPolicies.SignedIn)
            .WithSummary("Who the caller is, with role and scope.");
        SelfService.SelfServiceEndpoints.Map(api);
        Locations.LocationEndpoints.Map(api);
        Quality.QualityEndpoints.Map(api);
        Runs.RunEndpoints.Map(api);
        CalculationEndpoints.Map(api);
        PersonEndpoints.Map(api);
        Countries.NationalOptionEndpoints.Map(api);
        HouseholdEndpoints.Map(api);
        DecisionEndpoints.Map(api);
        WorkQueueEndpoints.Map(api);
        Platform.PlatformEndpoints.Map(api);
        Linkage.LinkReviewEndpoints.Map(api);
        Analysts.AnalysisEndpoints.Map(api);
        Analysts.Reforms.ReformEndpoints.Map(api);
        ReturnProgramme.ReturnEndpoints.Map(api);
        Stays.StayEndpoints.Map(api);
        Analysts.Costs.CostEndpoints.Map(api);
        Dashboards.DashboardEndpoints.Map(api);
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> TokenAsync(TokenRequest request, SignIns signIns, OidcSettings oidc, HttpContext http, CancellationToken cancellationToken)
    {
        if (!oidc.LocalAccounts)
        {
            return Problems.Forbidden("local accounts are switched off: sign in through OpenID Connect");
        }

        if (string.IsNullOrEmpty(request.UserName))
        {
            return Problems.BadInput("userName", "required");
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            return Problems.BadInput("password", "required");
        }

        switch (await signIns.SignInAsync(request.UserName, request.Password, http.Connection.RemoteIpAddress?.ToString(), cancellationToken).ConfigureAwait(false))
        {
            case SignInOutcome.SignedIn signedIn:
                return TypedResults.SignIn(signedIn.Caller.ToPrincipal(BearerTokenDefaults.AuthenticationScheme, signedIn.SecurityStamp), authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
            case SignInOutcome.Locked locked:
                http.Response.Headers.RetryAfter = SignIns.RetryAfterSeconds(locked.RetryAfter);
                return Problems.TooMany("too many wrong passwords: the account is locked until " + NodaTime.Text.InstantPattern.ExtendedIso.Format(locked.Until));
            default:
                return TypedResults.Problem(detail: "unknown account or wrong password", statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in");
        }
    }

    private static async Task<NoContent> SignOutAsync(HttpContext http, SignIns signIns, CancellationToken cancellationToken)
    {
        await signIns.SignOutEverywhereAsync(Caller.From(http.User)!, cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static MeResponse Me(HttpContext http)
    {
        var caller = Caller.From(http.User)!;
        return new MeResponse(caller.UserName, caller.Role, caller.MunicipalityCode, caller.PersonId);
    }
}
