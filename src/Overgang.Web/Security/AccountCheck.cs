using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Overgang.Registry;

namespace Overgang.Web.Security;

/// <summary>
/// Checks every signed-in request against the account table: the account exists, is not disabled, has the role and
/// scope the cookie or token claims, and the same security stamp. Otherwise the request continues unauthenticated
/// (401 for the API, the sign-in page for pages) and the cookie is removed. One primary-key read per request.
/// </summary>
/// <remarks>
/// A principal without a stamp is accepted only from the cookie of an OpenID Connect sign-in, when that is configured
/// (those users have no account row); a bearer token always comes from a local account and must carry one.
/// </remarks>
internal static class AccountCheck
{
    public static async Task Middleware(HttpContext context, Func<Task> next)
    {
        if (context.User.Identity?.IsAuthenticated == true && !await IsCurrentAsync(context).ConfigureAwait(false))
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            if (context.Request.Cookies.ContainsKey(AuthenticationSetup.CookieName))
            {
                context.Response.Cookies.Delete(AuthenticationSetup.CookieName);
            }
        }

        await next().ConfigureAwait(false);
    }

    private static async Task<bool> IsCurrentAsync(HttpContext context)
    {
        var principal = context.User;
        if (Caller.From(principal) is not { } caller)
        {
            return false;
        }

        var stamp = principal.FindFirstValue(OvergangClaims.Stamp);
        if (stamp is null)
        {
            return principal.Identity?.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme
                && context.RequestServices.GetRequiredService<OidcSettings>().Enabled;
        }

        var registry = context.RequestServices.GetRequiredService<RegistryContext>();
        var account = await registry.Accounts.AsNoTracking()
            .Where(a => a.UserName == caller.UserName)
            .Select(a => new { a.SecurityStamp, a.Disabled, a.Role, a.MunicipalityCode, a.PersonId })
            .FirstOrDefaultAsync(context.RequestAborted).ConfigureAwait(false);
        return account is not null
            && !account.Disabled
            && string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal)
            && string.Equals(account.Role, caller.Role, StringComparison.Ordinal)
            && string.Equals(account.MunicipalityCode, caller.MunicipalityCode, StringComparison.Ordinal)
            && string.Equals(account.PersonId, caller.PersonId, StringComparison.Ordinal);
    }
}
