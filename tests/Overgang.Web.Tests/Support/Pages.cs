using Microsoft.Playwright;

namespace Overgang.Web.Tests.Support;

/// <summary>Steps the browser tests share.</summary>
public static class Pages
{
    /// <summary>Signs in through the sign-in page and waits for the start page.</summary>
    public static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Gebruikersnaam").FillAsync(userName);
        await page.GetByLabel("Wachtwoord").FillAsync(WebServer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));
    }
}
