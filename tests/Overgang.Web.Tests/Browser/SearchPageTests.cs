using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Overgang.Web.Tests.Api;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

/// <summary>The search page: a case worker finds anyone by what they know of them, on a phone as on a desk.</summary>
[Collection(BrowserFixtures.Name)]
public sealed class SearchPageTests(WebServer server, Support.Browser browser)
{
    [Fact]
    public Task A_case_worker_finds_a_person_by_Cyrillic_name() =>
        browser.OnPage(server.BaseAddress, nameof(A_case_worker_finds_a_person_by_Cyrillic_name), async page =>
        {
            // Given
            var person = Person();
            await Pages.SignInAsync(page, Callers.UserName(server, Who.CaseWorkerOwn));
            await page.GotoAsync("/households?lang=uk");

            // When: the given name first, then the family name, in Cyrillic
            await page.GetByLabel("Імʼя, дата народження").FillAsync(person.GivenNameCyrillic + " " + person.FamilyNameCyrillic);
            await page.GetByRole(AriaRole.Button, new() { Name = "Шукати" }).ClickAsync();

            // Then: the person in Cyrillic, with a link to the household
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Знайдено");
            await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = $"{person.FamilyNameCyrillic}, {person.GivenNameCyrillic}" }).First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator($"a[href='/households/{person.HouseholdId}']").First).ToBeVisibleAsync();
            await Accessibility.AssertNoViolations(page);
        });

    [Fact]
    public Task A_case_worker_finds_a_person_by_date_of_birth() =>
        browser.OnPage(server.BaseAddress, nameof(A_case_worker_finds_a_person_by_date_of_birth), async page =>
        {
            // Given
            var person = Person();
            await Pages.SignInAsync(page, Callers.UserName(server, Who.CaseWorkerOwn));
            await page.GotoAsync("/households");

            // When: the date as written in Dutch
            await page.GetByLabel("Naam, geboortedatum, BSN").FillAsync(Dutch(person.BirthDate));
            await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();

            // Then: the person among those born that day, the date in Dutch
            await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = $"{person.FamilyName}, {person.GivenName}" }).First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("tbody").First).ToContainTextAsync(Dutch(person.BirthDate));
            await Accessibility.AssertNoViolations(page);
        });

    [Fact]
    public Task The_results_fit_a_phone() =>
        browser.OnPage(server.BaseAddress, nameof(The_results_fit_a_phone), async page =>
        {
            await page.SetViewportSizeAsync(390, 844);
            await Pages.SignInAsync(page, Callers.UserName(server, Who.CaseWorkerOwn));
            await page.GotoAsync("/households?q=Kovalenko");
            await Viewport.AssertFitsAsync(page);
        });

    [Fact]
    public Task An_IND_employee_filters_by_municipality_and_status_by_their_names_and_pages_by_number() =>
        browser.OnPage(server.BaseAddress, nameof(An_IND_employee_filters_by_municipality_and_status_by_their_names_and_pages_by_number), async page =>
        {
            // Given: a municipality with more than one page of persons
            var targets = Targets.Of(server);
            string name;
            using (var context = server.Database.Open())
            {
                name = context.Municipalities.AsNoTracking().Single(m => m.Code == targets.Municipality).Name;
            }

            await Pages.SignInAsync(page, Callers.UserName(server, Who.Ind));
            await page.GotoAsync("/households?lang=en");

            // When: the filters are chosen by their names (styled selects), the sort by date of birth, and then page 2
            await page.GetByLabel("Municipality").SelectOptionAsync(new SelectOptionValue { Label = name });
            await page.GetByLabel("Sort by").SelectOptionAsync(new SelectOptionValue { Value = "birthDate" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("persons found in " + name);
            Assert.Contains("municipality=" + targets.Municipality, page.Url, StringComparison.Ordinal);
            Assert.Equal("utrecht-select utrecht-select--html-select", await page.GetByLabel("Municipality").GetAttributeAsync("class"));
            var pages = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" });
            await Assertions.Expect(pages.Locator("a[aria-current='page']")).ToHaveTextAsync("Page 1");
            await pages.Locator("a:not([rel])", new() { HasText = "2" }).First.ClickAsync();

            // Then: page 2 of the same search, marked as the current page, the count and filters kept, dates ascending
            await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" }).Locator("a[aria-current='page']")).ToHaveTextAsync("Page 2");
            Assert.Contains("page=2", page.Url, StringComparison.Ordinal);
            Assert.Contains("sort=birthDate", page.Url, StringComparison.Ordinal);
            await Assertions.Expect(page.Locator("caption")).ToContainTextAsync("Page 2 of");
            await Assertions.Expect(page.GetByLabel("Municipality")).ToHaveValueAsync(targets.Municipality);
            await Accessibility.AssertNoViolations(page);
        });

    [Fact]
    public Task An_unknown_filter_value_shows_a_message_not_an_error_page() =>
        browser.OnPage(server.BaseAddress, nameof(An_unknown_filter_value_shows_a_message_not_an_error_page), async page =>
        {
            await Pages.SignInAsync(page, Callers.UserName(server, Who.Admin));
            var response = await page.GotoAsync("/households?q=Kovalenko&path=nowhere");
            Assert.Equal(400, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Deze route is onbekend");
            await Accessibility.AssertNoViolations(page);
        });

    private Registry.Model.Person Person()
    {
        var targets = Targets.Of(server);
        using var context = server.Database.Open();
        return context.Persons.AsNoTracking().Where(p => p.MunicipalityCode == targets.Municipality && p.GivenNameCyrillic != null)
            .OrderBy(p => p.Id).Skip(3).First();
    }

    private static readonly string[] _dutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static string Dutch(NodaTime.LocalDate date) => $"{date.Day} {_dutchMonths[date.Month - 1]} {date.Year}";
}
