using System.Collections.Concurrent;
using System.Text.RegularExpressions;
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
        // Signed in when the browser has left the sign-in page with the session cookie; the caller opens its own page.
        await Assertions.Expect(page).Not.ToHaveURLAsync(SignInPage, new() { Timeout = Browser.ActionTimeout });
        var session = (await page.Context.CookiesAsync()).Single(c => c.Name == "overgang");
        SignedIn[key] = new Cookie { Name = session.Name, Value = session.Value, Domain = session.Domain, Path = session.Path, HttpOnly = session.HttpOnly, Secure = session.Secure, SameSite = session.SameSite };
    }

    /// <summary>
    /// Waits until the page is at an address that matches <paramref name="url"/> (after a click that navigates) and that
    /// document has loaded.
    /// </summary>
    /// <remarks>
    /// Not Playwright's <c>WaitForURLAsync</c>: when the click has already brought the page to the address, it waits for
    /// the load event by first looking whether the event has come and then listening for it, on another thread than the
    /// one the events arrive on. An event that arrives between the two is missed, and the wait ends after 90 s with only
    /// the events after it in its log ("NetworkIdle" event fired): twice in CI under load (stop 32, <c>Pages.SignInAsync</c>
    /// and <c>ReformPageTests</c>). Here the address is polled, and the document's own <c>readyState</c>
    /// is read in the page, so nothing that has already happened can be missed.
    /// </remarks>
    public static async Task WaitForUrlAsync(IPage page, Regex url)
    {
        await Assertions.Expect(page).ToHaveURLAsync(url, new() { Timeout = Browser.ActionTimeout });
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }

    /// <summary>Waits until the page has left an address that matches <paramref name="url"/> and the next document has loaded (see <see cref="WaitForUrlAsync"/>).</summary>
    public static async Task WaitToLeaveAsync(IPage page, Regex url)
    {
        await Assertions.Expect(page).Not.ToHaveURLAsync(url, new() { Timeout = Browser.ActionTimeout });
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }

    private static readonly Regex SignInPage = new("/sign-in");
}
