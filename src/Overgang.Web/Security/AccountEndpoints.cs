using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Overgang.Web.Security;

/// <summary>Sign-out, and the OpenID Connect challenge when it is configured.</summary>
internal static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/sign-out", async (HttpContext context, IAntiforgery antiforgery, SignIns signIns) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
            {
                return Results.BadRequest();
            }

            // A local account is signed out everywhere (a new security stamp); an OpenID Connect session only drops its cookie.
            if (Caller.From(context.User) is { } caller && context.User.HasClaim(c => c.Type == OvergangClaims.Stamp))
            {
                await signIns.SignOutEverywhereAsync(caller, context.RequestAborted).ConfigureAwait(false);
            }

            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
            return Results.Redirect("/");
        }).ExcludeFromDescription().DisableAntiforgery();
        endpoints.MapGet("/sign-in/oidc", (string? returnUrl, OidcSettings oidc) =>
            oidc.Enabled
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = ReturnUrls.LocalOrHome(returnUrl) }, [AuthenticationSetup.OidcScheme])
                : Results.NotFound()).ExcludeFromDescription().AllowAnonymous();
    }
}
