using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NodaTime;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

/// <summary>The IND's transitional-stay pages (issue 16): the list, the decision form, and the stay on the household page.</summary>
[Collection(BrowserFixtures.Name)]
public sealed class TransitionalStayPageTests(WebServer server, Support.Browser browser)
{
    [Fact]
    public Task An_IND_officer_decides_a_school_year_stay_and_the_household_page_shows_it() =>
        browser.OnPage(server.BaseAddress, nameof(An_IND_officer_decides_a_school_year_stay_and_the_household_page_shows_it), async page =>
        {
            // Given a household with a child of school age, not the demo person's
            var (person, household) = SchoolHousehold();
            await Pages.SignInAsync(page, server.Account(Roles.Ind).UserName);
            await page.SetViewportSizeAsync(390, 844);

            // When the officer opens the list
            await page.GotoAsync("/transitional-stays?lang=nl");

            // Then: flagged persons without a stay, in Dutch, accessible and fitting 390 px
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tijdelijk blijven na de bescherming");
            await Assertions.Expect(page.Locator("[data-undecided]")).ToContainTextAsync("zonder overgangsverblijf");
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);

            // When: the form for the person, first with a last day before the first
            await page.GotoAsync($"/transitional-stays/{person}?kind=school-year&lang=nl");
            await Assertions.Expect(page.GetByLabel("schooljaar afronden")).ToBeCheckedAsync();
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);
            await page.GetByLabel("Eerste dag").FillAsync("2027-03-05");
            await page.GetByLabel("Laatste dag").FillAsync("2027-03-01");
            await page.GetByLabel("Reden").FillAsync("Kinderen maken het schooljaar af");
            await page.GetByRole(AriaRole.Button, new() { Name = "Verblijf vastleggen" }).ClickAsync();

            // Then: refused, naming the field, nothing stored
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul een geldige laatste dag in");
            using (var context = server.Database.Open())
            {
                Assert.False(context.TransitionalStays.AsNoTracking().Any(s => s.PersonId == person));
            }

            // When: asked until the end of the year
            await page.GetByLabel("Laatste dag").FillAsync("2027-12-31");
            await page.GetByRole(AriaRole.Button, new() { Name = "Verblijf vastleggen" }).ClickAsync();

            // Then: recorded until the end of the school year, for every member of the household, audited
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Het overgangsverblijf is vastgelegd.");
            await Assertions.Expect(page.Locator("[data-stays='current']")).ToContainTextAsync("tot en met 31 juli 2027");
            using (var context = server.Database.Open())
            {
                var members = context.Persons.AsNoTracking().Where(p => p.HouseholdId == household).Select(p => p.Id).ToList();
                var stays = context.TransitionalStays.AsNoTracking().Where(s => members.Contains(s.PersonId)).ToList();
                Assert.Equal(members.Count, stays.Count);
                Assert.All(stays, s => Assert.Equal(new LocalDate(2027, 7, 31), s.Until));
                Assert.Contains(context.Audit.AsNoTracking(), a => a.Action == "transitional-stay.decide" && a.Subject == "person:" + person);
            }

            // When: the household page
            await page.GotoAsync($"/households/{household}");

            // Then: the stay, reviewed, with the day the consequences apply
            var section = page.Locator("[data-stays='household']");
            await Assertions.Expect(section).ToContainTextAsync("beoordeeld, overgangsverblijf tot en met 31 juli 2027 (schooljaar afronden)");
            await Assertions.Expect(section).ToContainTextAsync("vanaf 1 augustus 2027");
            await Accessibility.AssertNoViolations(page);
        });

    [Theory]
    [InlineData("uk", "Перехідне перебування", "Зберегти перебування")]
    [InlineData("en", "Transitional stays", "Record the stay")]
    public Task The_stay_pages_are_accessible_and_fit_390_px_in_each_language(string language, string title, string button) =>
        browser.OnPage(server.BaseAddress, nameof(The_stay_pages_are_accessible_and_fit_390_px_in_each_language) + "-" + language, async page =>
        {
            var (person, _) = SchoolHousehold();
            await Pages.SignInAsync(page, server.Account(Roles.Ind).UserName);
            await page.SetViewportSizeAsync(390, 844);
            await page.GotoAsync("/transitional-stays?lang=" + language);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);
            await page.GotoAsync($"/transitional-stays/{person}?lang={language}");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = button })).ToBeVisibleAsync();
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);
        });

    /// <summary>An adult of a household with a child of 6 to 16 on the server's day, all registered, not the demo person's household.</summary>
    private (string Person, string Household) SchoolHousehold()
    {
        using var context = server.Database.Open();
        var demo = context.Persons.AsNoTracking().Single(p => p.Id == server.Account(Roles.Person).Scope).HouseholdId;
        var registered = context.Protections.AsNoTracking().Select(p => p.PersonId).ToHashSet(StringComparer.Ordinal);
        var young = WebServer.Today.PlusYears(-16);
        var old = WebServer.Today.PlusYears(-6);
        var household = context.Persons.AsNoTracking().ToList().GroupBy(p => p.HouseholdId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .First(g => g.Key != demo && g.All(p => registered.Contains(p.Id)) && g.Any(p => p.BirthDate > young && p.BirthDate < old)
                && g.Any(p => p.BirthDate < WebServer.Today.PlusYears(-25)));
        return (household.Where(p => p.BirthDate < WebServer.Today.PlusYears(-25)).OrderBy(p => p.Id, StringComparer.Ordinal).First().Id, household.Key);
    }
}
