using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Overgang.Registry;
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
        auth.MapPost("/token", Token).AllowAnonymous()
            .WithSummary("Exchanges a local account's name and password for a bearer token (valid one hour).");
        auth.MapGet("/me", Me).RequireAuthorization(AccessPolicies.SignedIn)
            .WithSummary("Who the caller is, with role and scope.");
        SelfService.SelfServiceEndpoints.Map(api);
        Locations.LocationEndpoints.Map(api);
        Runs.RunEndpoints.Map(api);
        CalculationEndpoints.Map(api);
        PersonEndpoints.Map(api);
        HouseholdEndpoints.Map(api);
        DecisionEndpoints.Map(api);
        WorkQueueEndpoints.Map(api);
    }

    private static Results<SignInHttpResult, ProblemHttpResult> Token(TokenRequest request, RegistryContext context, OidcSettings oidc)
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

        if (!AccountStore.TryVerify(context, request.UserName, request.Password, out var caller, out _))
        {
            return TypedResults.Problem(detail: "unknown account or wrong password", statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in");
        }

        return TypedResults.SignIn(caller.ToPrincipal(BearerTokenDefaults.AuthenticationScheme), authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
    }

    private static MeResponse Me(HttpContext http)
    {
        var caller = Caller.From(http.User)!;
        return new MeResponse(caller.UserName, caller.Role, caller.MunicipalityCode, caller.PersonId);
    }
}
