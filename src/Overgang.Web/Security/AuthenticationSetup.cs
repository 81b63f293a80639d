using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Overgang.Web.Security;

/// <summary>
/// Sign-in: a cookie for the pages, a bearer token for API clients (both from local accounts), and OpenID Connect when
/// configured. Requests to <c>/api</c> are never redirected: they get 401 or 403 as problem details.
/// </summary>
internal static class AuthenticationSetup
{
    public const string Scheme = "overgang";
    public const string OidcScheme = OpenIdConnectDefaults.AuthenticationScheme;

    /// <summary>The sign-in cookie's name.</summary>
    public const string CookieName = "overgang";

    public static void Add(IServiceCollection services, OidcSettings oidc)
    {
        var authentication = services.AddAuthentication(options =>
        {
            options.DefaultScheme = Scheme;
            options.DefaultChallengeScheme = Scheme;
        });
        authentication.AddPolicyScheme(Scheme, "cookie or bearer token", options =>
            options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)
                    ? BearerTokenDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme);
        authentication.AddCookie(options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/sign-in";
            options.AccessDeniedPath = "/forbidden";
            options.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
        });
        authentication.AddBearerToken(options => options.BearerTokenExpiration = TimeSpan.FromHours(1));
        if (oidc.Enabled)
        {
            authentication.AddOpenIdConnect(OidcScheme, "OpenID Connect", options =>
            {
                options.Authority = oidc.Authority;
                options.ClientId = oidc.ClientId;
                options.ClientSecret = oidc.ClientSecret;
                options.ResponseType = "code";
                options.UsePkce = true;
                options.SaveTokens = false;
                options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.MapInboundClaims = false;
                options.Events.OnTokenValidated = context =>
                {
                    var principal = context.Principal!;
                    var name = principal.FindFirstValue("preferred_username") ?? principal.FindFirstValue("sub");
                    var caller = name is null ? null : Caller.From(new Caller(name, principal.FindFirstValue(oidc.RoleClaim) ?? "", principal.FindFirstValue(oidc.MunicipalityClaim), principal.FindFirstValue(oidc.PersonClaim)).ToPrincipal(OidcScheme));
                    if (caller is null)
                    {
                        context.Fail("the token carries no valid Overgang role and scope");
                    }
                    else
                    {
                        context.Principal = caller.ToPrincipal(CookieAuthenticationDefaults.AuthenticationScheme);
                    }

                    return Task.CompletedTask;
                };
            });
        }
    }

    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
