using Microsoft.Playwright;
using Overgang.Web.Security;
using Overgang.Web.Tests.Api;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

[Collection(BrowserFixtures.Name)]
public sealed class CaseWorkTests(WebServer server, Support.Browser browser)
{
    [Fact]
    public Task A_case_worker_finds_a_household_reads_why_and_changes_an_income_and_the_allowance_changes() =>
        browser.OnPage(server.BaseAddress, nameof(A_case_worker_finds_a_household_reads_why_and_changes_an_income_and_the_allowance_changes), async page =>
        {
            // Given
            var targets = Targets.Of(server);
            var (household, adult) = Targets.SpareHousehold(server, targets.Municipality, 5);
            await SignIn(page, Callers.UserName(server, Who.CaseWorkerOwn));

            // When: search
            await page.GotoAsync("/households");
            await page.GetByLabel("Naam, geboortedatum, BSN, V-nummer, persoonsnummer of huishoudnummer").FillAsync(household);
            await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
            await Accessibility.AssertNoViolations(page);
            await page.Locator($"a[href='/households/{household}']").First.ClickAsync();

            // Then: the explanation
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Huishouden " + household, Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("caption", new() { HasTextString = "Waarom dit bedrag" }).First).ToBeVisibleAsync();
            await Accessibility.AssertNoViolations(page);
            var before = await page.Locator("dl[data-allowance]").First.InnerTextAsync();

            // When: change the income of this month
            await page.Locator($"a[href^='/persons/{adult}/edit?']").ClickAsync();
            await Accessibility.AssertNoViolations(page);
            await page.GetByLabel("Eigen inkomen in euro").FillAsync("3000,00");
            await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

            // Then: back on the household, recalculated
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("opgeslagen");
            await Assertions.Expect(page.Locator($"[data-member-income='{adult}']")).ToContainTextAsync("3.000,00");
            var after = await page.Locator("dl[data-allowance]").First.InnerTextAsync();
            Assert.NotEqual(before, after);
        });

    [Fact]
    public Task A_wrong_amount_shows_an_error_summary_linked_to_the_field() =>
        browser.OnPage(server.BaseAddress, nameof(A_wrong_amount_shows_an_error_summary_linked_to_the_field), async page =>
        {
            var (_, adult) = Targets.SpareHousehold(server, Targets.Of(server).Municipality, 6);
            await SignIn(page, Callers.UserName(server, Who.CaseWorkerOwn));
            await page.GotoAsync($"/persons/{adult}/edit");
            await page.GetByLabel("Eigen inkomen in euro").FillAsync("veel");
            await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

            var summary = page.GetByRole(AriaRole.Alert);
            await Assertions.Expect(summary).ToContainTextAsync("Er is iets niet goed ingevuld");
            await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "#incomeAmount");
            await Assertions.Expect(page.GetByLabel("Eigen inkomen in euro")).ToHaveAttributeAsync("aria-invalid", "true");
            await Accessibility.AssertNoViolations(page);
        });

    [Fact]
    public Task A_case_worker_is_refused_a_household_of_another_municipality() =>
        browser.OnPage(server.BaseAddress, nameof(A_case_worker_is_refused_a_household_of_another_municipality), async page =>
        {
            var (household, _) = Targets.SpareHousehold(server, Targets.Of(server).OtherMunicipality, 0);
            await SignIn(page, Callers.UserName(server, Who.CaseWorkerOwn));

            var response = await page.GotoAsync("/households/" + household);

            Assert.Equal(403, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Geen toegang" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Leefgeld en eigen bijdrage")).ToHaveCountAsync(0);
            await Accessibility.AssertNoViolations(page);
        });

    [Fact]
    public Task The_IND_opens_the_work_queue_and_filters_by_municipality() =>
        browser.OnPage(server.BaseAddress, nameof(The_IND_opens_the_work_queue_and_filters_by_municipality), async page =>
        {
            var municipality = Targets.Of(server).Municipality;
            await SignIn(page, server.Account(Roles.Ind).UserName);

            await page.GotoAsync("/work-queue");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Werkvoorraad", Level = 1 })).ToBeVisibleAsync();
            await Accessibility.AssertNoViolations(page);
            await page.GetByLabel("Gemeente").SelectOptionAsync(municipality);
            await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();

            Assert.Contains("municipality=" + municipality, page.Url, StringComparison.Ordinal);
            string name;
            using (var context = server.Database.Open())
            {
                name = context.Municipalities.Single(m => m.Code == municipality).Name;
            }

            var cells = await page.Locator("tbody tr td:nth-child(3)").AllInnerTextsAsync();
            Assert.NotEmpty(cells);
            Assert.All(cells, c => Assert.Equal(name, c.Trim()));
            await Accessibility.AssertNoViolations(page);
        });

    private static async Task SignIn(IPage page, string userName)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Gebruikersnaam").FillAsync(userName);
        await page.GetByLabel("Wachtwoord").FillAsync(WebServer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Pages.WaitToLeaveAsync(page, new("/sign-in"));
    }
}
