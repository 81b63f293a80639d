using Microsoft.Playwright;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

/// <summary>Issue 14: the error pages in a browser: the layout, the document's language, axe-core, and no sideways scrolling at 390 px.</summary>
[Collection(BrowserFixtures.Name)]
public sealed class ErrorPageBrowserTests(WebServer server, Support.Browser browser)
{
    [Theory]
    [InlineData("/no-such-page", 404, "nl", "Pagina niet gevonden")]
    [InlineData("/no-such-page", 404, "uk", "Сторінку не знайдено")]
    [InlineData("/no-such-page", 404, "en", "Page not found")]
    [InlineData("/link-candidates", 403, "nl", "Geen toegang")]
    [InlineData("/link-candidates", 403, "uk", "Немає доступу")]
    [InlineData("/link-candidates", 403, "en", "No access")]
    [InlineData("/test/fail", 500, "nl", "Er ging iets mis")]
    [InlineData("/test/fail", 500, "uk", "Щось пішло не так")]
    [InlineData("/test/fail", 500, "en", "Something went wrong")]
    [InlineData("/test/registry-full", 503, "nl", "Register tijdelijk niet bereikbaar")]
    [InlineData("/test/registry-full", 503, "uk", "Реєстр тимчасово недоступний")]
    [InlineData("/test/registry-full", 503, "en", "The registry is temporarily unavailable")]
    public Task An_error_page_is_accessible_in_its_language_and_fits_390_px(string path, int status, string language, string heading) =>
        browser.OnPage(server.BaseAddress, $"{nameof(An_error_page_is_accessible_in_its_language_and_fits_390_px)}-{status}-{language}", async page =>
        {
            // Given: a case worker (the 403 is for their role), on a phone-sized screen
            await Pages.SignInAsync(page, server.Account(Roles.CaseWorker).UserName);
            await page.SetViewportSizeAsync(390, 844);

            // When
            var response = await page.GotoAsync(path + "?lang=" + language);

            // Then
            Assert.Equal(status, response!.Status);
            Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            await Assertions.Expect(page.GetByRole(AriaRole.Navigation).First).ToBeVisibleAsync();
            await Accessibility.AssertNoViolations(page);
            var wider = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
            Assert.False(wider, "the page scrolls sideways at 390 px: " + page.Url);
        });

    [Theory]
    [InlineData("/households/XX-NONE", "nl", "Huishouden niet gevonden", "/households")]
    [InlineData("/persons/XX-NONE", "en", "Person not found", "/households")]
    [InlineData("/locations/XX-NONE", "uk", null, "/locations")]
    public Task An_unknown_household_person_or_location_is_the_translated_404_page_not_problem_details(string path, string language, string? heading, string link) =>
        browser.OnPage(server.BaseAddress, $"{nameof(An_unknown_household_person_or_location_is_the_translated_404_page_not_problem_details)}-{path.Replace('/', '_')}", async page =>
        {
            // Given: an IND officer, who may read every municipality (so the answer is "not found", never "no access")
            await Pages.SignInAsync(page, server.Account(Roles.Ind).UserName);

            // When
            var response = await page.GotoAsync(path + "?lang=" + language);

            // Then: an HTML page in the language, with the layout and a way on, never JSON
            Assert.Equal(404, response!.Status);
            Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);
            Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
            if (heading is not null)
            {
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            }

            await Assertions.Expect(page.Locator($"main a[href^='{link}']").First).ToBeVisibleAsync();
            Assert.DoesNotContain("application/problem+json", await page.ContentAsync(), StringComparison.Ordinal);
            await PageLanguage.AssertAsync(page, language, server.Names);
            await Accessibility.AssertNoViolations(page);
        });

    [Fact]
    public Task A_refused_case_worker_is_told_whom_to_ask() =>
        browser.OnPage(server.BaseAddress, nameof(A_refused_case_worker_is_told_whom_to_ask), async page =>
        {
            await Pages.SignInAsync(page, server.Account(Roles.CaseWorker).UserName);

            var response = await page.GotoAsync("/link-candidates?lang=en");

            Assert.Equal(403, response!.Status);
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("ask the Overgang administrator of your municipality");
        });

    [Fact]
    public Task A_failed_sign_in_keeps_the_user_name_and_empties_the_password_field() =>
        browser.OnPage(server.BaseAddress, nameof(A_failed_sign_in_keeps_the_user_name_and_empties_the_password_field), async page =>
        {
            await page.GotoAsync("/sign-in");
            await page.GetByLabel("Gebruikersnaam").FillAsync("nobody-page-echo");
            await page.GetByLabel("Wachtwoord").FillAsync("Echo-Me-Not-Page-77");
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("verkeerd wachtwoord");
            await Assertions.Expect(page.GetByLabel("Gebruikersnaam")).ToHaveValueAsync("nobody-page-echo");
            await Assertions.Expect(page.GetByLabel("Wachtwoord")).ToHaveValueAsync("");
            Assert.DoesNotContain("Echo-Me-Not-Page-77", await page.ContentAsync(), StringComparison.Ordinal);
        });
}
