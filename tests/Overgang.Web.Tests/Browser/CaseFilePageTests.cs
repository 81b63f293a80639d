using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Overgang.Letters;
using Overgang.Testing;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

/// <summary>
/// The household case file (issue 14): summary at the top, a household task once, information apart from tasks, the
/// payment history, the history of changes that viewing does not grow, who viewed it on request, decision letters.
/// </summary>
[Collection(BrowserFixtures.Name)]
public sealed class CaseFilePageTests(WebServer server, Support.Browser browser)
{
    [Fact]
    public Task The_case_file_shows_a_household_task_once_and_information_apart_from_tasks() =>
        browser.OnPage(server.BaseAddress, nameof(The_case_file_shows_a_household_task_once_and_information_apart_from_tasks), async page =>
        {
            // Given
            var household = CaseFileTargets.Household(server);
            await Pages.SignInAsync(page, server.Account(Roles.CaseWorker).UserName);

            // When
            await page.GotoAsync($"/households/{household}?lang=nl");

            // Then: one line for a task every member has, naming the whole household; no integration "task"
            var shared = CaseFileTargets.SharedTask(server, household);
            await Assertions.Expect(page.Locator($"tr[data-task='{shared}']")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator($"tr[data-task='{shared}']")).ToContainTextAsync("het hele huishouden");
            await Assertions.Expect(page.Locator("tr[data-task='no-civic-integration']")).ToHaveCountAsync(0);
            var summary = page.Locator("dl[data-summary='true']");
            await Assertions.Expect(summary.Locator("[data-summary='deadline'] dd")).Not.ToBeEmptyAsync();
            await Assertions.Expect(summary.Locator("[data-summary='money'] dd")).ToContainTextAsync("maandrun");
            await Assertions.Expect(summary).ToContainTextAsync(MunicipalityName());
            await Assertions.Expect(page.Locator("table[data-payments='household'] tbody tr").First).ToBeVisibleAsync();
            using var context = server.Database.Open();
            var members = context.Persons.AsNoTracking().Where(p => p.HouseholdId == household).Select(p => p.Id).ToList();
            var open = context.Tasks.AsNoTracking().Where(t => members.Contains(t.PersonId) && t.Status == "open" && t.Code != "no-civic-integration" && t.Code != "pay-statutory-tuition")
                .Select(t => new { t.Code, t.Due, t.Owner }).Distinct().Count();
            await Assertions.Expect(summary.Locator("[data-summary='open-tasks'] dd")).ToHaveTextAsync(open.ToString(System.Globalization.CultureInfo.InvariantCulture));

            // and "why this amount" worded in Dutch from the rules' templates, naming the members (not only the rules' names)
            var names = context.Persons.AsNoTracking().Where(p => p.HouseholdId == household).Select(p => p.GivenName + " " + p.FamilyName).ToList();
            var steps = page.Locator("table:has(caption:has-text('Waarom dit bedrag')) td");
            await Assertions.Expect(steps.Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex(string.Join("|", names.Select(n => System.Text.RegularExpressions.Regex.Escape(n + ":")))) }).First).ToBeVisibleAsync();
            await Assertions.Expect(steps.Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex(@"in een huishouden van \d|: alleen \(") }).First).ToBeVisibleAsync();
            await Accessibility.AssertNoViolations(page);
        });

    [Theory]
    [InlineData("nl", "Samenvatting")]
    [InlineData("uk", "Підсумок")]
    [InlineData("en", "Summary")]
    public Task The_case_file_is_accessible_and_fits_390_px_with_names_in_the_pages_script(string language, string summary) =>
        browser.OnPage(server.BaseAddress, nameof(The_case_file_is_accessible_and_fits_390_px_with_names_in_the_pages_script) + "-" + language, async page =>
        {
            var household = CaseFileTargets.Household(server);
            using var context = server.Database.Open();
            var first = context.Persons.AsNoTracking().Where(p => p.HouseholdId == household).OrderBy(p => p.Id).First();
            await Pages.SignInAsync(page, server.Account(Roles.CaseWorker).UserName);
            await page.SetViewportSizeAsync(390, 844);

            await page.GotoAsync($"/households/{household}?lang={language}");

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = summary, Level = 2 })).ToBeVisibleAsync();
            var name = language == "uk" ? first.GivenNameCyrillic + " " + first.FamilyNameCyrillic : first.GivenName + " " + first.FamilyName;
            await Assertions.Expect(page.Locator($"[data-summary-member='{first.Id}'] dt")).ToHaveTextAsync(name.Replace('\'', 'ʼ'));
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);
        });

    [Fact]
    public Task Viewing_the_case_file_does_not_grow_its_history_and_the_views_show_on_request() =>
        browser.OnPage(server.BaseAddress, nameof(Viewing_the_case_file_does_not_grow_its_history_and_the_views_show_on_request), async page =>
        {
            // Given
            var household = CaseFileTargets.Household(server);
            var caseWorker = server.Account(Roles.CaseWorker);
            await Pages.SignInAsync(page, caseWorker.UserName);
            await page.GotoAsync($"/households/{household}?lang=nl");
            var before = await page.Locator("table[data-history='changes']").InnerTextAsync();

            // When: viewed again
            await page.ReloadAsync();

            // Then: the same history, no reads in it, the reads behind a link
            Assert.Equal(before, await page.Locator("table[data-history='changes']").InnerTextAsync());
            await Assertions.Expect(page.Locator("table[data-history='reads']")).ToHaveCountAsync(0);
            await page.Locator("a[data-reads-link]").ClickAsync();
            var reads = page.Locator("table[data-history='reads'] tbody tr");
            await Assertions.Expect(reads.First).ToContainTextAsync(DisplayName(caseWorker.UserName));
            Assert.Equal(before, await page.Locator("table[data-history='changes']").InnerTextAsync());
            await Accessibility.AssertNoViolations(page);
        });

    [Fact]
    public Task A_case_worker_downloads_a_members_decision_letter_as_pdf_and_it_is_audited() =>
        browser.OnPage(server.BaseAddress, nameof(A_case_worker_downloads_a_members_decision_letter_as_pdf_and_it_is_audited), async page =>
        {
            // Given: Chromium from Debian's chromium package (./test.sh installs it)
            if (ChromiumPdfRenderer.FindChromium() is null)
            {
                Assert.Fail(ChromiumRequirement.Missing);
            }

            var household = CaseFileTargets.Household(server);
            var caseWorker = server.Account(Roles.CaseWorker);
            await Pages.SignInAsync(page, caseWorker.UserName);
            await page.GotoAsync($"/households/{household}?lang=en");
            var letters = page.Locator("[data-letters]").First;
            var person = await letters.GetAttributeAsync("data-letters");
            var before = ApiAssert.AuditCount(server, "person.read", "person:" + person, Roles.CaseWorker + ":" + caseWorker.UserName);

            // When: the Ukrainian PDF
            var download = await page.RunAndWaitForDownloadAsync(() => letters.Locator("a[data-letter-pdf='uk']").ClickAsync());
            var path = await download.PathAsync();
            var response = await page.APIRequest.GetAsync(letters.Page.Url.Split('?')[0] + $"/letters/{person}?letter=uk&format=pdf");

            // Then
            Assert.StartsWith("besluit-", download.SuggestedFilename, StringComparison.Ordinal);
            Assert.Equal("%PDF-"u8.ToArray(), (await File.ReadAllBytesAsync(path))[..5]);
            Assert.Equal((int)HttpStatusCode.OK, response.Status);
            Assert.Equal("application/pdf", response.Headers["content-type"]);
            Assert.Equal("%PDF-"u8.ToArray(), (await response.BodyAsync())[..5]);
            Assert.Equal(before + 2, ApiAssert.AuditCount(server, "person.read", "person:" + person, Roles.CaseWorker + ":" + caseWorker.UserName));
        });

    [Fact]
    public async Task A_letter_of_a_household_outside_the_case_workers_municipality_is_refused()
    {
        var household = CaseFileTargets.Household(server);
        using var context = server.Database.Open();
        var person = context.Persons.AsNoTracking().Where(p => p.HouseholdId == household).OrderBy(p => p.Id).Select(p => p.Id).First();
        var own = server.Account(Roles.CaseWorker);
        var other = server.Accounts.First(a => a.Role == Roles.CaseWorker && a.Scope.Split(' ')[0] != own.Scope.Split(' ')[0]);
        using var client = await server.SignedIn(other.UserName);

        using var refused = await client.GetAsync(new Uri($"/households/{household}/letters/{person}?letter=nl&format=html", UriKind.Relative));
        using var bad = await client.GetAsync(new Uri($"/households/{household}/letters/{person}?letter=fr", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private string DisplayName(string userName)
    {
        using var context = server.Database.Open();
        return context.Accounts.AsNoTracking().Single(a => a.UserName == userName).DisplayName;
    }

    private string MunicipalityName()
    {
        var code = server.Account(Roles.CaseWorker).Scope.Split(' ')[0];
        using var context = server.Database.Open();
        return context.Municipalities.AsNoTracking().Single(m => m.Code == code).Name;
    }
}
