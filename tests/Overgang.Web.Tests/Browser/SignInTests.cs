using Microsoft.Playwright;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

[Collection(BrowserFixtures.Name)]
public sealed class SignInTests(WebServer server, Support.Browser browser)
{
    [Fact]
    public Task The_sign_in_page_has_no_accessibility_violations() =>
        browser.OnPage(server.BaseAddress, nameof(The_sign_in_page_has_no_accessibility_violations), async page =>
        {
            await page.GotoAsync("/sign-in");
            await Accessibility.AssertNoViolations(page);
        });

    [Fact]
    public Task A_wrong_password_is_refused_with_a_message() =>
        browser.OnPage(server.BaseAddress, nameof(A_wrong_password_is_refused_with_a_message), async page =>
        {
            await page.GotoAsync("/sign-in");
            await page.GetByLabel("Gebruikersnaam").FillAsync("admin");
            await page.GetByLabel("Wachtwoord").FillAsync("not-the-password");
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("verkeerd wachtwoord");
            await Accessibility.AssertNoViolations(page);
        });

    [Fact]
    public Task A_case_worker_signs_in_and_sees_their_municipality() =>
        browser.OnPage(server.BaseAddress, nameof(A_case_worker_signs_in_and_sees_their_municipality), async page =>
        {
            var account = server.Account(Overgang.Web.Security.Roles.CaseWorker);
            await page.GotoAsync("/sign-in");
            await page.GetByLabel("Gebruikersnaam").FillAsync(account.UserName);
            await page.GetByLabel("Wachtwoord").FillAsync(WebServer.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            // The municipality by its name, not its code (issue 14)
            var code = account.Scope.Split(' ')[0];
            using (var context = server.Database.Open())
            {
                var name = context.Municipalities.Single(m => m.Code == code).Name;
                await Assertions.Expect(page.GetByText("medewerker van gemeente " + name)).ToBeVisibleAsync();
            }

            await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(code);
            await Accessibility.AssertNoViolations(page);
        });

    [Fact]
    public Task An_empty_form_gets_an_error_summary_in_the_chosen_language() =>
        browser.OnPage(server.BaseAddress, nameof(An_empty_form_gets_an_error_summary_in_the_chosen_language), async page =>
        {
            await page.GotoAsync("/sign-in?lang=uk");
            await page.GetByRole(AriaRole.Button, new() { Name = "Увійти" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Введіть ім'я користувача.");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link).First).ToHaveAttributeAsync("href", "#userName");
            Assert.Equal("uk", await page.Locator("html").GetAttributeAsync("lang"));
            await Accessibility.AssertNoViolations(page);
        });
}
