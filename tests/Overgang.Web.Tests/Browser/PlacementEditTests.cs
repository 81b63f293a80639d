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
    public Task A_case_worker_moves_a_person_to_another_location_and_the_household_shows_the_new_location() =>
        browser.OnPage(server.BaseAddress, nameof(A_case_worker_moves_a_person_to_another_location_and_the_household_shows_the_new_location), async page =>
        {
            // Given
            var targets = Targets.Of(server);
            var (household, adult) = Targets.SpareHousehold(server, targets.Municipality, 16);
            string? current;
            (string Id, string Name) location;
            using (var context = server.Database.Open())
            {
                current = context.Placements.AsNoTracking().Where(p => p.PersonId == adult && p.To == null).Select(p => p.LocationId).FirstOrDefault();
                location = context.Locations.AsNoTracking()
                    .Where(l => l.MunicipalityCode == targets.Municipality && l.Kind == "municipal" && l.Id != current && l.Opened <= WebServer.Today && l.Closed == null)
                    .OrderBy(l => l.Id).Select(l => new ValueTuple<string, string>(l.Id, l.Name)).First();
            }

            await Pages.SignInAsync(page, Callers.UserName(server, Who.CaseWorkerOwn));

            // When
            await page.GotoAsync($"/persons/{adult}/edit/placement");
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);
            await page.GetByLabel("gemeentelijke opvang (zelf koken)").CheckAsync();
            await page.GetByLabel("Opvanglocatie").SelectOptionAsync(location.Id);
            await page.GetByLabel("Verhuist op").FillAsync(Languages.InputDate(WebServer.Today));
            await page.GetByRole(AriaRole.Button, new() { Name = "Verhuizing opslaan" }).ClickAsync();

            // Then: back on the household page, and the household's record shows the new location
            await page.WaitForURLAsync(url => url.Contains("/households/" + household, StringComparison.Ordinal));
            var client = await Callers.For(server, Who.CaseWorkerOwn);
            var view = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/households/" + household, UriKind.Relative));
            var member = view.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("id").GetString() == adult);
            Assert.Equal(location.Id, member.GetProperty("placement").GetProperty("locationId").GetString());
            Assert.Equal("municipal", member.GetProperty("placement").GetProperty("reception").GetString());
        });

    [Fact]
    public Task Errors_are_named_per_field_and_an_unknown_location_gets_the_imports_message() =>
        browser.OnPage(server.BaseAddress, nameof(Errors_are_named_per_field_and_an_unknown_location_gets_the_imports_message), async page =>
        {
            var (_, adult) = Targets.SpareHousehold(server, Targets.Of(server).Municipality, 17);
            await Pages.SignInAsync(page, Callers.UserName(server, Who.CaseWorkerOwn));

            // A location left out
            await page.GotoAsync($"/persons/{adult}/edit/placement");
            await page.GetByLabel("gemeentelijke opvang (zelf koken)").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Verhuizing opslaan" }).ClickAsync();
            var summary = page.GetByRole(AriaRole.Alert);
            await Assertions.Expect(summary).ToContainTextAsync("Er is iets niet goed ingevuld");
            await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "#locationId");
            await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync("Kies een opvanglocatie.");
            await Assertions.Expect(page.GetByLabel("Opvanglocatie")).ToHaveAttributeAsync("aria-invalid", "true");
            await Accessibility.AssertNoViolations(page);

            // A date not in the page's notation
            await page.GetByLabel("Opvanglocatie").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.GetByLabel("Verhuist op").FillAsync("11/22/2026");
            await page.GetByRole(AriaRole.Button, new() { Name = "Verhuizing opslaan" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "#from");

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
            await page.GetByLabel("Eigen inkomen in euro").FillAsync("1.250,00");
            await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

            await page.WaitForURLAsync(url => url.Contains("/households/", StringComparison.Ordinal));
            using var context = server.Database.Open();
            var month = WebServer.Today.ToYearMonth().OnDayOfMonth(1);
            Assert.Equal(125_000, context.Incomes.AsNoTracking().Single(i => i.PersonId == adult && i.Month == month).AmountCents);
        });

    private static class Languages
    {
        public static string InputDate(NodaTime.LocalDate date) => Overgang.Web.Languages.Numbers.InputDate(date, Overgang.Letters.LetterLanguage.Dutch);
    }
}
