using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Overgang.Letters;
using Overgang.Web.Languages;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

/// <summary>
/// Issue 14: the home page of each staff role is its dashboard: the counts of <c>GET /api/v1/dashboard</c> on the page,
/// in the page's notation, each linking to the filtered list; axe-core, and no sideways scrolling at 390 px.
/// </summary>
[Collection(BrowserFixtures.Name)]
public sealed class DashboardPageTests(WebServer server, Support.Browser browser)
{
    [Fact]
    public Task A_case_worker_sees_their_municipalitys_counts_and_the_long_absences_link_to_its_locations() =>
        browser.OnPage(server.BaseAddress, nameof(A_case_worker_sees_their_municipalitys_counts_and_the_long_absences_link_to_its_locations), async page =>
        {
            // Given
            var account = server.Account(Roles.CaseWorker);
            var municipality = account.Scope.Split(' ')[0];
            var api = (await DashboardAsync(account.UserName)).GetProperty("caseWorker");
            await Pages.SignInAsync(page, account.UserName);
            await page.SetViewportSizeAsync(390, 844);

            // When
            await page.GotoAsync("/");

            // Then: the municipality's name, never its code, and the API's counts in Dutch notation
            var name = api.GetProperty("municipalityName").GetString()!;
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("medewerker van gemeente " + name);
            await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(municipality);
            await Assertions.Expect(page.Locator("[data-count='pending']")).ToHaveTextAsync(Count(api.GetProperty("pending").GetInt32()));
            await Assertions.Expect(page.Locator("[data-count='pending']")).ToHaveAttributeAsync("href", $"/households?municipality={municipality}&status=pending");
            await Assertions.Expect(page.Locator("[data-count='tasks-overdue']")).ToHaveAttributeAsync("href", $"/work-queue?owner=municipality&municipality={municipality}&overdue=true");
            await Assertions.Expect(page.Locator("[data-count='month-calculated']")).ToHaveTextAsync(Count(api.GetProperty("month").GetProperty("calculated").GetInt32()));
            Assert.True(api.GetProperty("pending").GetInt32() > 0, "the test population has pending decisions");
            await Assertions.Expect(page.Locator("tr[data-location]")).ToHaveCountAsync(api.GetProperty("locations").GetArrayLength());
            await Assertions.Expect(page.Locator("[data-deadline='protection-end']")).ToContainTextAsync(LastDayInDutch());
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);

            // When: the long absences lead to the municipality's locations
            await page.Locator("[data-count='long-absences']").ClickAsync();

            // Then
            await Pages.WaitForUrlAsync(page, new(Regex.Escape("/locations?municipality=" + municipality)));
            await Assertions.Expect(page.Locator("table caption")).ToContainTextAsync($"{Count(api.GetProperty("locations").GetArrayLength())} locaties op");
        });

    [Fact]
    public Task An_ind_officer_sees_the_open_ind_actions_by_kind_and_the_link_candidates_lead_to_their_queue() =>
        browser.OnPage(server.BaseAddress, nameof(An_ind_officer_sees_the_open_ind_actions_by_kind_and_the_link_candidates_lead_to_their_queue), async page =>
        {
            // Given
            var account = server.Account(Roles.Ind);
            var api = (await DashboardAsync(account.UserName)).GetProperty("ind");
            await Pages.SignInAsync(page, account.UserName);
            await page.SetViewportSizeAsync(390, 844);

            // When
            await page.GotoAsync("/?lang=en");

            // Then
            var open = api.GetProperty("actions").GetProperty("open").GetInt32();
            Assert.True(open > 0, "the test population has open IND actions");
            await Assertions.Expect(page.Locator("[data-count='actions-open']")).ToHaveTextAsync(Numbers.Count(open, LetterLanguage.English));
            await Assertions.Expect(page.Locator("[data-count='actions-open']")).ToHaveAttributeAsync("href", "/work-queue?owner=ind");
            var first = api.GetProperty("actionsByTask")[0].GetProperty("key").GetString()!;
            await Assertions.Expect(page.Locator($"tr[data-action='{first}'] a")).ToHaveAttributeAsync("href", "/work-queue?owner=ind&action=" + first);
            foreach (var flag in api.GetProperty("flags").EnumerateArray())
            {
                await Assertions.Expect(page.Locator($"[data-count='flag-{flag.GetProperty("key").GetString()}']")).ToHaveTextAsync(Numbers.Count(flag.GetProperty("count").GetInt32(), LetterLanguage.English));
            }

            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);

            // When
            await page.Locator("[data-count='link-candidates']").ClickAsync();

            // Then
            await Pages.WaitForUrlAsync(page, new("/link-candidates$"));
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        });

    [Fact]
    public Task A_departure_officer_sees_the_return_caseload_and_it_leads_to_the_return_programme() =>
        browser.OnPage(server.BaseAddress, nameof(A_departure_officer_sees_the_return_caseload_and_it_leads_to_the_return_programme), async page =>
        {
            // Given
            var account = server.Account(Roles.Departure);
            var api = (await DashboardAsync(account.UserName)).GetProperty("departure");
            await Pages.SignInAsync(page, account.UserName);
            await page.SetViewportSizeAsync(390, 844);

            // When
            await page.GotoAsync("/?lang=uk");

            // Then
            await Assertions.Expect(page.Locator("[data-count='participants']")).ToHaveTextAsync(Numbers.Count(api.GetProperty("participants").GetInt32(), LetterLanguage.Ukrainian));
            await Assertions.Expect(page.Locator("[data-count='steps-overdue']")).ToHaveTextAsync(Numbers.Count(api.GetProperty("steps").GetProperty("overdue").GetInt32(), LetterLanguage.Ukrainian));
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);

            // When
            await page.Locator("[data-count='participants']").ClickAsync();

            // Then
            await Pages.WaitForUrlAsync(page, new("/return-programme"));
        });

    [Fact]
    public Task An_administrator_sees_the_latest_runs_and_the_accounts() =>
        browser.OnPage(server.BaseAddress, nameof(An_administrator_sees_the_latest_runs_and_the_accounts), async page =>
        {
            // Given
            var account = server.Account(Roles.Admin);
            var api = (await DashboardAsync(account.UserName)).GetProperty("admin");
            await Pages.SignInAsync(page, account.UserName);
            await page.SetViewportSizeAsync(390, 844);

            // When
            await page.GotoAsync("/");

            // Then
            await Assertions.Expect(page.Locator("#runs-heading + .overgang-table-scroll tbody tr")).ToHaveCountAsync(api.GetProperty("runs").GetArrayLength());
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("besluiten, run 1");
            await Assertions.Expect(page.Locator($"[data-count='accounts-{Roles.CaseWorker}']")).ToHaveTextAsync(Count(server.Accounts.Count(a => a.Role == Roles.CaseWorker)));
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);
        });

    [Fact]
    public async Task The_dashboard_api_refuses_analysts_and_persons()
    {
        using var analyst = await server.SignedIn(server.Account(Roles.Analyst).UserName);
        using var person = await server.SignedIn(server.Account(Roles.Person).UserName);

        using var analystAnswer = await analyst.GetAsync(new Uri("/api/v1/dashboard", UriKind.Relative));
        using var personAnswer = await person.GetAsync(new Uri("/api/v1/dashboard", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, analystAnswer.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, personAnswer.StatusCode);
    }

    private async Task<JsonElement> DashboardAsync(string userName)
    {
        using var client = await server.SignedIn(userName);
        return await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/dashboard", UriKind.Relative));
    }

    private static string Count(int count) => Numbers.Count(count, LetterLanguage.Dutch);

    private static string LastDayInDutch() =>
        Overgang.Rules.Transition.ProtectionEnd.TryLastDay(Overgang.Rules.Parameters.ParameterTree.Default, WebServer.Today, out var lastDay, out _)
            ? LetterDates.Format(lastDay, LetterLanguage.Dutch)
            : throw new InvalidOperationException("no last day of protection");
}
