using Microsoft.Playwright;
using Overgang.Web.Security;
using Overgang.Web.Tests.Api;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

[Collection(BrowserFixtures.Name)]
public sealed class LocationPageTests(WebServer server, Support.Browser browser)
{
    [Fact]
    public Task A_case_worker_sees_their_locations_and_the_names_of_absent_residents() =>
        browser.OnPage(server.BaseAddress, nameof(A_case_worker_sees_their_locations_and_the_names_of_absent_residents), async page =>
        {
            // Given
            var (account, id, date) = await LocationApiTests.LocationWithAbsencesAsync(server);
            await Pages.SignInAsync(page, account);

            // When
            await page.GotoAsync("/locations?date=" + date);

            // Then
            await Assertions.Expect(page.Locator("caption")).ToContainTextAsync("locaties op " + Overgang.Letters.LetterDates.Format(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value, Overgang.Letters.LetterLanguage.Dutch));
            await Assertions.Expect(page.GetByLabel("Gemeente")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator(".overgang-nav a[aria-current='page']")).ToHaveAttributeAsync("href", "/locations");
            await Accessibility.AssertNoViolations(page);

            await page.Locator($"a[href^='/locations/{id}']").ClickAsync();
            await Assertions.Expect(page.Locator("table caption").First).ToContainTextAsync("Afwezigheden van bewoners");
            await Assertions.Expect(page.Locator("tbody tr").First).Not.ToContainTextAsync("(andere gemeente)");
            await Accessibility.AssertNoViolations(page);
        });

    [Fact]
    public Task An_analyst_sees_all_municipalities_and_counts_but_no_names() =>
        browser.OnPage(server.BaseAddress, nameof(An_analyst_sees_all_municipalities_and_counts_but_no_names), async page =>
        {
            // Given
            var (_, id, date) = await LocationApiTests.LocationWithAbsencesAsync(server);
            await Pages.SignInAsync(page, server.Account(Roles.Analyst).UserName);

            // When
            await page.GotoAsync("/locations?lang=en");

            // Then
            await Assertions.Expect(page.GetByLabel("Municipality")).ToBeVisibleAsync();
            await Accessibility.AssertNoViolations(page);

            await page.GotoAsync($"/locations/{id}?date={date}");
            await Assertions.Expect(page.GetByText("You see counts only, no names.")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("table")).ToHaveCountAsync(0);
            await Accessibility.AssertNoViolations(page);
        });

    [Fact]
    public Task A_bad_date_gives_an_error_summary_that_links_to_the_field() =>
        browser.OnPage(server.BaseAddress, nameof(A_bad_date_gives_an_error_summary_that_links_to_the_field), async page =>
        {
            await Pages.SignInAsync(page, server.Account(Roles.Ind).UserName);
            await page.GotoAsync("/locations?date=1990-01-01");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Controleer uw invoer");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "#date");
            await Accessibility.AssertNoViolations(page);
        });

    [Fact]
    public Task A_case_worker_is_refused_a_location_of_another_municipality() =>
        browser.OnPage(server.BaseAddress, nameof(A_case_worker_is_refused_a_location_of_another_municipality), async page =>
        {
            var own = server.Account(Roles.CaseWorker).Scope.Split(' ')[0];
            string other;
            using (var context = server.Database.Open())
            {
                other = context.Locations.Where(l => l.MunicipalityCode != own).Select(l => l.Id).First();
            }

            await Pages.SignInAsync(page, server.Account(Roles.CaseWorker).UserName);
            var response = await page.GotoAsync("/locations/" + other);
            Assert.Equal(403, response!.Status);
            await Assertions.Expect(page.GetByText("Deze locatie valt buiten uw gemeente.")).ToBeVisibleAsync();
        });
}
