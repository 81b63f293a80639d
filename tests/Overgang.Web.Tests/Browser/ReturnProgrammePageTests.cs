using Microsoft.Playwright;
using Overgang.Web.Security;
using Overgang.Web.Tests.Api;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

[Collection(BrowserFixtures.Name)]
public sealed class ReturnProgrammePageTests(WebServer server, Support.Browser browser)
{
    [Fact]
    public Task A_DTenV_officer_enrols_without_a_date_then_confirms_the_departure_and_sees_the_caseload_change() =>
        browser.OnPage(server.BaseAddress, nameof(A_DTenV_officer_enrols_without_a_date_then_confirms_the_departure_and_sees_the_caseload_change), async page =>
        {
            // Given: a person without an enrolment, and this month's counts
            var id = ReturnApiTests.UnenrolledPerson(server, 5);
            var month = Overgang.Rules.LegalDay.Today(server.Clock).ToString("yyyy-MM", null);
            await Pages.SignInAsync(page, server.Account(Roles.Departure).UserName);
            await page.GotoAsync("/return-programme?lang=en");
            var row = page.Locator($"tr[data-month='{month}']");
            var enrolled = await CountAsync(row, "enrolled");
            var departed = await CountAsync(row, "departed");
            await Assertions.Expect(page.Locator(".overgang-nav a[aria-current='page']")).ToHaveAttributeAsync("href", "/return-programme");
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);

            // When: enrolled today without a departure date
            await page.GotoAsync($"/return-programme/persons/{id}?lang=en");
            await Assertions.Expect(page.Locator("[data-field='stage']")).ToHaveTextAsync("Not enrolled");
            await page.GetByLabel("Return commitment signed").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the enrolment" }).ClickAsync();

            // Then: on the return path with the date to be agreed; DTenV agrees it
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved.");
            await Assertions.Expect(page.Locator("[data-field='stage']")).ToHaveTextAsync("Enrolled, departure date to be agreed");
            await Assertions.Expect(page.Locator("tr[data-step='agree-departure-date']")).ToContainTextAsync("DTenV");
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);

            // When: the departure is confirmed (today, as the form proposes)
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the departure" }).ClickAsync();

            // Then: departed, and the overview counts one more enrolment and one more departure this month
            await Assertions.Expect(page.Locator("[data-field='stage']")).ToHaveTextAsync("Departed");
            await page.GotoAsync("/return-programme?lang=en");
            Assert.Equal(enrolled + 1, await CountAsync(row, "enrolled"));
            Assert.Equal(departed + 1, await CountAsync(row, "departed"));
        });

    [Fact]
    public Task A_bad_visit_gives_an_error_summary_that_links_to_the_field() =>
        browser.OnPage(server.BaseAddress, nameof(A_bad_visit_gives_an_error_summary_that_links_to_the_field), async page =>
        {
            var id = ReturnApiTests.UnenrolledPerson(server, 6);
            await Pages.SignInAsync(page, server.Account(Roles.Ind).UserName);
            await page.GotoAsync($"/return-programme/persons/{id}?lang=nl");
            await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding opslaan" }).ClickAsync();
            await page.GetByLabel("Eerste dag weg").FillAsync("2026-12-10");
            await page.GetByLabel("Laatste dag weg").FillAsync("2026-12-01");
            await page.GetByRole(AriaRole.Button, new() { Name = "Bezoek opslaan" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Controleer uw invoer");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "#visit-to");
            await Accessibility.AssertNoViolations(page);
        });

    [Theory]
    [InlineData("nl")]
    [InlineData("uk")]
    [InlineData("en")]
    public Task The_person_page_holds_only_text_of_its_language(string language) =>
        browser.OnPage(server.BaseAddress, $"{nameof(The_person_page_holds_only_text_of_its_language)}-{language}", async page =>
        {
            string id;
            using (var context = server.Database.Open())
            {
                id = context.ReturnCommitments.OrderBy(r => r.PersonId).Select(r => r.PersonId).First();
            }

            await Pages.SignInAsync(page, server.Account(Roles.Departure).UserName);
            await page.GotoAsync($"/return-programme/persons/{id}?lang={language}");
            await PageLanguage.AssertAsync(page, language, server.Names);
            await Accessibility.AssertNoViolations(page);
        });

    [Fact]
    public Task A_case_worker_reads_but_cannot_record() =>
        browser.OnPage(server.BaseAddress, nameof(A_case_worker_reads_but_cannot_record), async page =>
        {
            var own = server.Account(Roles.CaseWorker).Scope.Split(' ')[0];
            string id;
            using (var context = server.Database.Open())
            {
                id = context.Persons.Where(p => p.MunicipalityCode == own).OrderBy(p => p.Id).Select(p => p.Id).First();
            }

            await Pages.SignInAsync(page, server.Account(Roles.CaseWorker).UserName);
            var response = await page.GotoAsync($"/return-programme/persons/{id}?lang=nl");
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(page.Locator("form[data-form]")).ToHaveCountAsync(0);
        });

    private static async Task<int> CountAsync(ILocator row, string column) =>
        int.Parse((await row.Locator($"[data-count='{column}']").TextContentAsync())!.Replace(",", "", StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture);
}
