using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Overgang.Registry.Facts.Validation;
using Overgang.Web.Tests.Api;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

/// <summary>The move form (<c>/persons/{id}/edit/placement</c>) and the Dutch notation on the facts form.</summary>
[Collection(BrowserFixtures.Name)]
public sealed class PlacementEditTests(WebServer server, Support.Browser browser)
{
    [Fact]
    public Task A_case_worker_moves_a_person_to_another_location_mid_month_and_the_case_file_shows_the_new_location() =>
        browser.OnPage(server.BaseAddress, nameof(A_case_worker_moves_a_person_to_another_location_mid_month_and_the_case_file_shows_the_new_location), async page =>
        {
            // Given: a case worker of a municipality with two open locations, and a member placed elsewhere than one of them
            var (userName, municipality) = MoveTargets.CaseWorkerWithTwoLocations(server);
            var (household, adult) = Targets.SpareHousehold(server, municipality, 16);
            string? current;
            (string Id, string Name, string Kind) location;
            using (var context = server.Database.Open())
            {
                current = context.Placements.AsNoTracking().Where(p => p.PersonId == adult && p.To == null).Select(p => p.LocationId).FirstOrDefault();
                location = context.Locations.AsNoTracking()
                    .Where(l => l.MunicipalityCode == municipality && l.Id != current && l.Opened <= WebServer.Today && l.Closed == null)
                    .OrderBy(l => l.Id).Select(l => new ValueTuple<string, string, string>(l.Id, l.Name, l.Kind)).First();
            }

            await Pages.SignInAsync(page, userName);

            // When: the move takes effect today, the 22nd: mid-month
            Assert.NotEqual(1, WebServer.Today.Day);
            await page.GotoAsync($"/persons/{adult}/edit/placement");
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);
            await page.Locator($"input[name='Input.Reception'][value='{location.Kind}']").CheckAsync();
            await page.GetByLabel("Opvanglocatie").SelectOptionAsync(location.Id);
            await page.GetByLabel("Verhuist op").FillAsync(Languages.InputDate(WebServer.Today));
            await page.GetByRole(AriaRole.Button, new() { Name = "Verhuizing opslaan" }).ClickAsync();

            // Then: back on the case file of this month, which shows the member at the new location, and says that the
            // stored decision predates the change
            await Assertions.Expect(page).ToHaveURLAsync(new Uri(server.BaseAddress, $"/households/{household}?changed=true").ToString(), new() { Timeout = 60_000 });
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(location.Name);
            await Assertions.Expect(page.Locator($"[data-decision-predates='{adult}']")).ToBeVisibleAsync();
            var client = await Callers.For(server, Who.Ind);
            var view = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/households/" + household, UriKind.Relative));
            var member = view.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("id").GetString() == adult);
            Assert.Equal(location.Id, member.GetProperty("placement").GetProperty("locationId").GetString());
            Assert.Equal(location.Kind, member.GetProperty("placement").GetProperty("reception").GetString());
        });

    [Fact]
    public Task Errors_are_named_per_field_and_an_unknown_location_gets_the_imports_message() =>
        browser.OnPage(server.BaseAddress, nameof(Errors_are_named_per_field_and_an_unknown_location_gets_the_imports_message), async page =>
        {
            var (_, adult) = Targets.SpareHousehold(server, Targets.Of(server).Municipality, 17);
            await Pages.SignInAsync(page, Callers.UserName(server, Who.CaseWorkerOwn));

            // A location left out and a date not in the page's notation: both named at once, each beside its field
            await page.GotoAsync($"/persons/{adult}/edit/placement");
            await page.GetByLabel("gemeentelijke opvang (zelf koken)").CheckAsync();
            await page.GetByLabel("Verhuist op").FillAsync("11/22/2026");
            await page.GetByRole(AriaRole.Button, new() { Name = "Verhuizing opslaan" }).ClickAsync();
            var summary = page.GetByRole(AriaRole.Alert);
            await Assertions.Expect(summary).ToContainTextAsync("Er is iets niet goed ingevuld");
            await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveCountAsync(2);
            await Assertions.Expect(summary.GetByRole(AriaRole.Link).Nth(0)).ToHaveAttributeAsync("href", "#from");
            await Assertions.Expect(summary.GetByRole(AriaRole.Link).Nth(1)).ToHaveAttributeAsync("href", "#locationId");
            await Assertions.Expect(summary.GetByRole(AriaRole.Link).Nth(1)).ToHaveTextAsync("Kies een opvanglocatie.");
            await Assertions.Expect(page.GetByLabel("Opvanglocatie")).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(page.GetByLabel("Verhuist op")).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(page.Locator(".utrecht-form-field--invalid")).ToHaveCountAsync(2);
            await Assertions.Expect(page.Locator("#from-error")).ToHaveTextAsync("Vul de datum in als dag-maand-jaar, zoals 15-03-2027.");
            await Accessibility.AssertNoViolations(page);
            await page.GetByLabel("Opvanglocatie").SelectOptionAsync(new SelectOptionValue { Index = 1 });

            // A location that does not exist (a stale form): the same message as the import's and the API's, under the technical details
            await page.GetByLabel("Verhuist op").FillAsync(Languages.InputDate(WebServer.Today));
            await page.Locator("#locationId").EvaluateAsync("s => { const o = document.createElement('option'); o.value = 'GM0363-L999'; o.text = 'weg'; s.add(o); s.value = 'GM0363-L999'; }");
            await page.GetByRole(AriaRole.Button, new() { Name = "Verhuizing opslaan" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link)).ToHaveTextAsync("Deze opvanglocatie bestaat niet.");
            await Assertions.Expect(page.Locator("details[data-technical]")).ToContainTextAsync(PlacementChange.UnknownLocation("GM0363-L999").Message);
        });

    [Fact]
    public Task An_amount_in_Dutch_notation_is_accepted_on_the_Dutch_facts_page() =>
        browser.OnPage(server.BaseAddress, nameof(An_amount_in_Dutch_notation_is_accepted_on_the_Dutch_facts_page), async page =>
        {
            var (_, adult) = Targets.SpareHousehold(server, Targets.Of(server).Municipality, 18);
            await Pages.SignInAsync(page, Callers.UserName(server, Who.CaseWorkerOwn));

            await page.GotoAsync($"/persons/{adult}/edit");
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);
            await page.GetByLabel("Eigen inkomen in euro").FillAsync("€ 1.250,00");
            await page.GetByLabel("Grond").SelectOptionAsync("work");
            await page.GetByLabel("Geldig tot en met").FillAsync("15 maart 2028");
            await page.GetByLabel("Eerste dag weg").FillAsync("2-11-2026");
            await page.GetByLabel("Laatste dag weg").FillAsync("10-11-2026");
            await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

            await Pages.WaitForUrlAsync(page, new("/households/"));
            using var context = server.Database.Open();
            var month = WebServer.Today.ToYearMonth().OnDayOfMonth(1);
            Assert.Equal(125_000, context.Incomes.AsNoTracking().Single(i => i.PersonId == adult).Months.In(month));
            var permit = context.OtherPermits.AsNoTracking().Single(p => p.PersonId == adult);
            Assert.Equal(("work", new NodaTime.LocalDate(2028, 3, 15)), (permit.Kind, permit.ValidUntil));
            Assert.Single(context.Absences.AsNoTracking().Where(a => a.PersonId == adult && a.From == new NodaTime.LocalDate(2026, 11, 2) && a.To == new NodaTime.LocalDate(2026, 11, 10)));
            var audit = context.Audit.AsNoTracking().Where(a => a.Subject == "person:" + adult && a.Action == "person.update").OrderByDescending(a => a.Sequence).First();
            Assert.Contains("\"otherPermit\":{\"before\":null", audit.Data, StringComparison.Ordinal);
        });

    [Fact]
    public Task Two_bad_fields_on_the_facts_page_are_both_named_in_the_pages_language_and_nothing_is_stored() =>
        browser.OnPage(server.BaseAddress, nameof(Two_bad_fields_on_the_facts_page_are_both_named_in_the_pages_language_and_nothing_is_stored), async page =>
        {
            var (_, adult) = Targets.SpareHousehold(server, Targets.Of(server).Municipality, 19);
            await Pages.SignInAsync(page, Callers.UserName(server, Who.CaseWorkerOwn));

            await page.GotoAsync($"/persons/{adult}/edit?lang=uk");
            await page.Locator("#incomeAmount").FillAsync("1.250,00");
            await page.Locator("#absenceFrom").FillAsync("10.11.2026");
            await page.Locator("#absenceTo").FillAsync("02.11.2026");
            await page.GetByRole(AriaRole.Button, new() { Name = "Зберегти" }).ClickAsync();

            var summary = page.GetByRole(AriaRole.Alert);
            await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveCountAsync(2);
            await Assertions.Expect(summary.GetByRole(AriaRole.Link).Nth(0)).ToHaveAttributeAsync("href", "#incomeAmount");
            await Assertions.Expect(summary.GetByRole(AriaRole.Link).Nth(1)).ToHaveAttributeAsync("href", "#absenceTo");
            await Assertions.Expect(page.Locator("#absenceTo-error")).ToHaveTextAsync("Останній день відсутності раніший за перший.");
            await Assertions.Expect(page.Locator("#incomeAmount")).ToHaveAttributeAsync("aria-invalid", "true");
            await Accessibility.AssertNoViolations(page);
            using var context = server.Database.Open();
            Assert.Empty(context.Absences.AsNoTracking().Where(a => a.PersonId == adult && a.From == new NodaTime.LocalDate(2026, 11, 10)));
        });

    private static class MoveTargets
    {
        /// <summary>The first case worker whose municipality has two locations open today (the test population's first has one).</summary>
        public static (string UserName, string Municipality) CaseWorkerWithTwoLocations(WebServer server)
        {
            using var context = server.Database.Open();
            foreach (var account in server.Accounts.Where(a => a.Role == Overgang.Web.Security.Roles.CaseWorker))
            {
                var municipality = account.Scope.Split(' ')[0];
                if (context.Locations.AsNoTracking().Count(l => l.MunicipalityCode == municipality && l.Opened <= WebServer.Today && l.Closed == null) >= 2)
                {
                    return (account.UserName, municipality);
                }
            }

            throw new InvalidOperationException("no case worker's municipality has two open locations in the test population");
        }
    }

    private static class Languages
    {
        public static string InputDate(NodaTime.LocalDate date) => Overgang.Web.Languages.Numbers.InputDate(date, Overgang.Letters.LetterLanguage.Dutch);
    }
}
