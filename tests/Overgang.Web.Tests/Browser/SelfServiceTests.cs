using Microsoft.Playwright;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

[Collection(BrowserFixtures.Name)]
public sealed class SelfServiceTests(WebServer server, Support.Browser browser)
{
    [Theory]
    [InlineData("uk", "Моя ситуація", "Куди звертатися?")]
    [InlineData("nl", "Mijn situatie", "Bij wie kunt u terecht?")]
    [InlineData("en", "My situation", "Who to contact")]
    public Task A_person_sees_their_situation_in_their_language(string language, string heading, string contacts) =>
        browser.OnPage(server.BaseAddress, nameof(A_person_sees_their_situation_in_their_language) + "-" + language, async page =>
        {
            // Given
            await Pages.SignInAsync(page, server.Account(Roles.Person).UserName);

            // When
            await page.GotoAsync("/me?lang=" + language);

            // Then
            Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = contacts })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".overgang-outcome")).Not.ToBeEmptyAsync();
            await Assertions.Expect(page.Locator(".overgang-route > li")).ToHaveCountAsync(7);
            await Assertions.Expect(page.Locator(".overgang-route .overgang-relevant").First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator($".overgang-languages a[hreflang='{language}'][aria-current='true']")).ToHaveAttributeAsync("lang", language);
            await Assertions.Expect(page.Locator(".overgang-nav a[aria-current='page']")).ToHaveAttributeAsync("href", "/me");
            await Accessibility.AssertNoViolations(page);
        });

    [Fact]
    public Task The_chosen_language_is_remembered() =>
        browser.OnPage(server.BaseAddress, nameof(The_chosen_language_is_remembered), async page =>
        {
            await Pages.SignInAsync(page, server.Account(Roles.Person).UserName);
            await page.GotoAsync("/me");
            Assert.Equal("nl", await page.Locator("html").GetAttributeAsync("lang"));

            await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
            Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
            await page.GotoAsync("/me");
            Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My situation");
        });

    [Fact]
    public Task Viewing_the_page_writes_a_person_read_audit_entry() =>
        browser.OnPage(server.BaseAddress, nameof(Viewing_the_page_writes_a_person_read_audit_entry), async page =>
        {
            var account = server.Account(Roles.Person);
            await Pages.SignInAsync(page, account.UserName);
            var before = ApiAssert.AuditCount(server, "person.read", "person:" + account.Scope, "person:" + account.UserName);
            await page.GotoAsync("/me");
            Assert.Equal(before + 1, ApiAssert.AuditCount(server, "person.read", "person:" + account.Scope, "person:" + account.UserName));
        });

    [Theory]
    [InlineData("/locations")]
    [InlineData("/locations/GM0363-L001")]
    public Task A_person_cannot_open_staff_pages(string path) =>
        browser.OnPage(server.BaseAddress, nameof(A_person_cannot_open_staff_pages), async page =>
        {
            await Pages.SignInAsync(page, server.Account(Roles.Person).UserName);
            var response = await page.GotoAsync(path);
            Assert.Equal(403, response!.Status);
            Assert.Contains("/forbidden", page.Url, StringComparison.Ordinal);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Geen toegang");
            await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
            await Accessibility.AssertNoViolations(page);
        });

    [Fact]
    public Task A_case_worker_cannot_open_the_self_service_page() =>
        browser.OnPage(server.BaseAddress, nameof(A_case_worker_cannot_open_the_self_service_page), async page =>
        {
            await Pages.SignInAsync(page, server.Account(Roles.CaseWorker).UserName);
            var response = await page.GotoAsync("/me");
            Assert.Equal(403, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Geen toegang");
        });
}
