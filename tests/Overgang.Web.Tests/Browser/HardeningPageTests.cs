using System.Net;
using Microsoft.Playwright;
using Overgang.Web.Security;
using Overgang.Web.Tests.Hardening;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

/// <summary>Issue 12 (hardening) in the pages: sign-out revokes, a lockout is explained, bad query values and return addresses do not fail, no caching.</summary>
[Collection(BrowserFixtures.Name)]
public sealed class HardeningPageTests(WebServer server, Support.Browser browser, SecondDeployment second) : IClassFixture<SecondDeployment>
{
    [Fact]
    public Task Signing_out_on_the_page_revokes_the_old_cookie_and_the_accounts_tokens() =>
        browser.OnPage(server.BaseAddress, nameof(Signing_out_on_the_page_revokes_the_old_cookie_and_the_accounts_tokens), async page =>
        {
            // Given: signed in on the page, and a token of the same account
            var name = server.CreateAccount("revoke-page", Roles.Ind);
            await SignInOnPage(page, name, WebServer.Password);
            var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "overgang").Value;
            using var token = await server.SignedIn(name);
            Assert.Equal(HttpStatusCode.OK, (await WithCookie(cookie).GetAsync(new Uri("/api/v1/auth/me", UriKind.Relative))).StatusCode);

            // When
            await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
            await Pages.WaitToLeaveAsync(page, new("/work-queue"));

            // Then: the copied cookie reads nothing, in the API and the pages, and the token is revoked too
            using var withCookie = WithCookie(cookie);
            Assert.Equal(HttpStatusCode.Unauthorized, (await withCookie.GetAsync(new Uri("/api/v1/auth/me", UriKind.Relative))).StatusCode);
            using var pageAnswer = await withCookie.GetAsync(new Uri("/work-queue", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, pageAnswer.StatusCode);
            Assert.Contains("/sign-in", pageAnswer.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync(new Uri("/api/v1/auth/me", UriKind.Relative))).StatusCode);
        });

    [Fact]
    public Task A_locked_account_gets_429_and_a_message_in_the_chosen_language() =>
        browser.OnPage(second.Server.BaseAddress, nameof(A_locked_account_gets_429_and_a_message_in_the_chosen_language), async page =>
        {
            // Given: an account locked by wrong passwords through the API
            var on = second.Server;
            var name = on.CreateAccount("locked-page", Roles.Analyst);
            using var client = on.Anonymous();
            for (var i = 0; i < 5; i++)
            {
                using var wrong = await SessionTests.Token(client, name, "wrong-password-" + i);
            }

            // When: the right password on the Ukrainian page
            await page.GotoAsync("/sign-in?lang=uk");
            await page.GetByLabel("Ім'я користувача").FillAsync(name);
            await page.GetByLabel("Пароль").FillAsync(WebServer.Password);
            var response = await page.RunAndWaitForResponseAsync(
                () => page.GetByRole(AriaRole.Button, new() { Name = "Увійти" }).ClickAsync(),
                r => r.Url.Contains("/sign-in", StringComparison.Ordinal) && r.Request.Method == "POST");

            // Then
            Assert.Equal(429, response.Status);
            Assert.NotNull(await response.HeaderValueAsync("retry-after"));
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("заблоковано");
            await Accessibility.AssertNoViolations(page);

            // And on the Dutch page, the first lockout (one minute) in correct Dutch
            await page.GotoAsync("/sign-in?lang=nl");
            await page.GetByLabel("Gebruikersnaam").FillAsync(name);
            await page.GetByLabel("Wachtwoord").FillAsync(WebServer.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("probeer het over 1 minuut opnieuw");
        });

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    [InlineData("21474838")]
    public Task A_search_page_that_is_not_a_page_number_shows_a_page_instead_of_failing(string pageValue) =>
        browser.OnPage(server.BaseAddress, nameof(A_search_page_that_is_not_a_page_number_shows_a_page_instead_of_failing) + pageValue.Replace('.', '_'), async page =>
        {
            await Pages.SignInAsync(page, Callers.UserName(server, Api.Who.CaseWorkerOwn));
            var response = await page.GotoAsync("/households?q=Ko&page=" + pageValue);
            Assert.Equal(200, response!.Status);
            Assert.Contains("no-store", await response.HeaderValueAsync("cache-control") ?? "", StringComparison.Ordinal);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Huishoudens zoeken" })).ToBeVisibleAsync();
        });

    [Fact]
    public Task A_return_address_that_is_not_plain_ascii_leads_home_after_sign_in() =>
        browser.OnPage(server.BaseAddress, nameof(A_return_address_that_is_not_plain_ascii_leads_home_after_sign_in), async page =>
        {
            // The probe: %E3%80%80 (an ideographic space) in the Location header was a 500.
            var name = server.CreateAccount("return-url", Roles.Analyst);
            await page.GotoAsync("/sign-in?returnUrl=%2F%E3%80%80%2Fevil.example");
            var response = await page.RunAndWaitForResponseAsync(
                async () =>
                {
                    await page.GetByLabel("Gebruikersnaam").FillAsync(name);
                    await page.GetByLabel("Wachtwoord").FillAsync(WebServer.Password);
                    await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
                },
                r => r.Request.Method == "POST");
            Assert.Equal(302, response.Status);
            Assert.Equal(new Uri(server.BaseAddress, "/"), new Uri(server.BaseAddress, await response.HeaderValueAsync("location") ?? ""));
        });

    private static async Task SignInOnPage(IPage page, string userName, string password)
    {
        await page.GotoAsync("/sign-in?returnUrl=%2Fwork-queue");
        await page.GetByLabel("Gebruikersnaam").FillAsync(userName);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Pages.WaitForUrlAsync(page, new("/work-queue"));
    }

    private HttpClient WithCookie(string cookie)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Add("Cookie", "overgang=" + cookie);
        return client;
    }
}
