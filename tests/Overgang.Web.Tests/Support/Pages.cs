using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Overgang.Web.Tests.Support;

/// <summary>Steps the browser tests share.</summary>
public static class Pages
{
    private static readonly ConcurrentDictionary<string, Cookie> SignedIn = new(StringComparer.Ordinal);

    /// <summary>
    /// Signs in through the sign-in page the first time for an account on a server, and reuses that sign-in cookie
    /// afterwards on the same server (signing in hashes the password on purpose slowly; the sign-in page itself has its
    /// own tests). Each browser collection has a server of its own: a cookie is kept per server and account.
    /// </summary>
    public static async Task SignInAsync(IPage page, string userName)
    {
        var key = Browser.BaseAddressOf(page.Context) + " " + userName;
        if (SignedIn.TryGetValue(key, out var cookie))
        {
            await page.Context.AddCookiesAsync([cookie]);
            return;
        }

        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Gebruikersnaam").FillAsync(userName);
        await page.GetByLabel("Wachtwoord").FillAsync(WebServer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        // Signed in when the browser has left the sign-in page with the session cookie: the next page's load event is not
        // awaited (the caller opens its own page; once, under a loaded CI machine, a rendered home page's load event did not
        // come within 90 s).
        await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        var session = (await page.Context.CookiesAsync()).Single(c => c.Name == "overgang");
        SignedIn[key] = new Cookie { Name = session.Name, Value = session.Value, Domain = session.Domain, Path = session.Path, HttpOnly = session.HttpOnly, Secure = session.Secure, SameSite = session.SameSite };
    }
}
