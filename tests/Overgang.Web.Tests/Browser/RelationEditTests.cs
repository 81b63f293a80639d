using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Overgang.Web.Tests.Api;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

/// <summary>
/// The relation form (<c>/persons/{id}/edit/relations</c>): a partner added and ended again, the household's allowance
/// households and money changing with it, and the member decided again from the case file (<c>/persons/{id}/decide</c>).
/// </summary>
[Collection(BrowserFixtures.Name)]
public sealed class RelationEditTests(WebServer server, Support.Browser browser)
{
    [Fact]
    public Task A_case_worker_adds_a_partner_sees_the_household_and_money_change_decides_again_and_ends_it() =>
        browser.OnPage(server.BaseAddress, nameof(A_case_worker_adds_a_partner_sees_the_household_and_money_change_decides_again_and_ends_it), async page =>
        {
            // Given: two adults of one household who are no longer partners
            var (household, first, second) = RelationTargets.Couple(server, Targets.Of(server).Municipality, 0);
            var api = await Callers.For(server, Who.CaseWorkerOwn);
            using (var ended = await PlacementApiTests.SendAsync(api, first, VersionOf(first), JsonSerializer.Serialize(new { relation = new { action = "end", relation = "partner", relatedId = second } })))
            {
                Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
            }

            await Pages.SignInAsync(page, Callers.UserName(server, Who.CaseWorkerOwn));
            await page.GotoAsync($"/households/{household}");
            await Assertions.Expect(page.Locator("[data-allowance]")).ToHaveCountAsync(2);
            var apart = await page.Locator("[data-amount='allowance']").AllTextContentsAsync();

            // When: saved with nothing chosen, every field at fault is named at once
            await page.Locator($"[data-edit-relations='{first}']").ClickAsync();
            await Assertions.Expect(page.Locator("[data-partner]")).ToHaveTextAsync("geen");
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Relatie opslaan" }).ClickAsync();
            var summary = page.GetByRole(AriaRole.Alert);
            await Assertions.Expect(summary).ToContainTextAsync("Er is iets niet goed ingevuld");
            await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveCountAsync(3);
            await Assertions.Expect(page.Locator("#relatedId-error")).ToHaveTextAsync("Kies een lid van het huishouden.");
            await Accessibility.AssertNoViolations(page);

            // When: the partner is added
            await page.Locator("input[name='Input.Action'][value='add']").CheckAsync();
            await page.Locator("input[name='Input.Relation'][value='partner']").CheckAsync();
            await page.GetByLabel("Met wie").SelectOptionAsync(second);
            await page.GetByRole(AriaRole.Button, new() { Name = "Relatie opslaan" }).ClickAsync();

            // Then: one allowance household of two, other money, and the decision marked as older than the change
            await Assertions.Expect(page).ToHaveURLAsync(new Uri(server.BaseAddress, $"/households/{household}?changed=true").ToString(), new() { Timeout = 60_000 });
            await Assertions.Expect(page.Locator("[data-allowance]")).ToHaveCountAsync(1);
            var together = await page.Locator("[data-amount='allowance']").AllTextContentsAsync();
            Assert.NotEqual(apart, together);
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("partner");
            await Assertions.Expect(page.Locator($"[data-decision-predates='{first}']")).ToBeVisibleAsync();

            // When: decided again from the case file
            await page.Locator($"[data-decide-again='{first}']").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Opnieuw beslissen voor");
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Opnieuw beslissen", Exact = true }).ClickAsync();

            // Then: the decision is up to date with the change
            await Pages.WaitForUrlAsync(page, new("decided=true"));
            await Assertions.Expect(page.Locator("[data-decided-again]")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator($"[data-decision-predates='{first}']")).ToHaveCountAsync(0);

            // When: the relation is ended again
            await page.GotoAsync($"/persons/{first}/edit/relations");
            await page.Locator("input[name='Input.Action'][value='end']").CheckAsync();
            await page.Locator("input[name='Input.Relation'][value='partner']").CheckAsync();
            await page.GetByLabel("Met wie").SelectOptionAsync(second);
            await page.GetByRole(AriaRole.Button, new() { Name = "Relatie opslaan" }).ClickAsync();

            // Then: two allowance households again, with the money of before
            await Assertions.Expect(page).ToHaveURLAsync(new Uri(server.BaseAddress, $"/households/{household}?changed=true").ToString(), new() { Timeout = 60_000 });
            await Assertions.Expect(page.Locator("[data-allowance]")).ToHaveCountAsync(2);
            Assert.Equal(apart, await page.Locator("[data-amount='allowance']").AllTextContentsAsync());
        });

    [Fact]
    public Task A_case_worker_ends_a_partnership_on_a_day_and_the_month_before_keeps_its_household() =>
        browser.OnPage(server.BaseAddress, nameof(A_case_worker_ends_a_partnership_on_a_day_and_the_month_before_keeps_its_household), async page =>
        {
            // Given: partners, one allowance household in November and in December
            var (household, first, second) = RelationTargets.Couple(server, Targets.Of(server).Municipality, 1);
            await Pages.SignInAsync(page, Callers.UserName(server, Who.CaseWorkerOwn));
            await page.GotoAsync($"/households/{household}?month=2026-12");
            await Assertions.Expect(page.Locator("[data-allowance]")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("[data-ended-relations]")).ToHaveCountAsync(0);

            // When: ended with a last day that is not a date
            await page.GotoAsync($"/persons/{first}/edit/relations");
            await page.Locator("input[name='Input.Action'][value='end']").CheckAsync();
            await page.Locator("input[name='Input.Relation'][value='partner']").CheckAsync();
            await page.GetByLabel("Met wie").SelectOptionAsync(second);
            await page.Locator("#to").FillAsync("14-11-2026");
            await page.GetByRole(AriaRole.Button, new() { Name = "Relatie opslaan" }).ClickAsync();

            // Then: the field is named, nothing is stored
            await Assertions.Expect(page.Locator("#to-error")).ToHaveTextAsync("Vul een datum in als JJJJ-MM-DD.");
            await Accessibility.AssertNoViolations(page);
            Assert.Equal(second, PartnerOf(first));

            // When: ended with the last day 14 November
            await page.Locator("input[name='Input.Action'][value='end']").CheckAsync();
            await page.Locator("input[name='Input.Relation'][value='partner']").CheckAsync();
            await page.GetByLabel("Met wie").SelectOptionAsync(second);
            await page.Locator("#to").FillAsync("2026-11-14");
            await page.GetByRole(AriaRole.Button, new() { Name = "Relatie opslaan" }).ClickAsync();

            // Then: November (this month, decided on its first day) keeps one household; December has two
            await Assertions.Expect(page).ToHaveURLAsync(new Uri(server.BaseAddress, $"/households/{household}?changed=true").ToString(), new() { Timeout = 60_000 });
            await Assertions.Expect(page.Locator("[data-allowance]")).ToHaveCountAsync(1);
            var ended = page.Locator("[data-ended-relations]");
            await Assertions.Expect(ended).ToContainTextAsync("waren partners");
            await Assertions.Expect(ended).ToContainTextAsync("tot en met");
            await Accessibility.AssertNoViolations(page);
            await page.GotoAsync($"/households/{household}?month=2026-12");
            await Assertions.Expect(page.Locator("[data-allowance]")).ToHaveCountAsync(2);
            Assert.Null(PartnerOf(first));
        });

    [Fact]
    public Task A_case_worker_ends_a_responsible_adult_and_records_the_return_from_a_later_day_keeping_the_ended_period() =>
        browser.OnPage(server.BaseAddress, nameof(A_case_worker_ends_a_responsible_adult_and_records_the_return_from_a_later_day_keeping_the_ended_period), async page =>
        {
            // Given: a child's responsible adult, ended on 31 May 2026 on the form
            var (household, child, parent) = RelationTargets.ChildAndParent(server, Targets.Of(server).Municipality, 1);
            await Pages.SignInAsync(page, Callers.UserName(server, Who.CaseWorkerOwn));
            await SaveParentAsync(page, child, parent, "end", "#to", "2026-05-31");
            await Assertions.Expect(page).ToHaveURLAsync(new Uri(server.BaseAddress, $"/households/{household}?changed=true").ToString(), new() { Timeout = 60_000 });

            // When: added again from the ended period's last day
            await SaveParentAsync(page, child, parent, "add", "#from", "2026-05-31");

            // Then: the first day is named, in the page's words; nothing is stored
            await Assertions.Expect(page.Locator("#from-error")).ToHaveTextAsync("Deze ouder of verzorger was al vastgelegd tot of na deze dag. Vul een eerste dag in na het einde van de vorige periode.");
            await Accessibility.AssertNoViolations(page);
            Assert.Equal(1, PeriodsOf(child, parent));

            // When: added again from 1 September
            await SaveParentAsync(page, child, parent, "add", "#from", "2026-09-01");

            // Then: the household lists the adult again since that day and the ended period under the ended relations
            await Assertions.Expect(page).ToHaveURLAsync(new Uri(server.BaseAddress, $"/households/{household}?changed=true").ToString(), new() { Timeout = 60_000 });
            await Assertions.Expect(page.Locator("[data-current-relations]")).ToContainTextAsync("is ouder of verzorger van");
            await Assertions.Expect(page.Locator("[data-current-relations]")).ToContainTextAsync("sinds");
            var ended = page.Locator("[data-ended-relations]");
            await Assertions.Expect(ended).ToContainTextAsync("was ouder of verzorger van");
            await Assertions.Expect(ended).ToContainTextAsync("tot en met");
            await Accessibility.AssertNoViolations(page);
            Assert.Equal(2, PeriodsOf(child, parent));
        });

    /// <summary>Opens the child's relation form and saves <paramref name="action"/> of the responsible adult with one day filled in.</summary>
    private static async Task SaveParentAsync(IPage page, string child, string parent, string action, string field, string day)
    {
        await page.GotoAsync($"/persons/{child}/edit/relations");
        await page.Locator($"input[name='Input.Action'][value='{action}']").CheckAsync();
        await page.Locator("input[name='Input.Relation'][value='parent']").CheckAsync();
        await page.GetByLabel("Met wie").SelectOptionAsync(parent);
        await page.Locator(field).FillAsync(day);
        await page.GetByRole(AriaRole.Button, new() { Name = "Relatie opslaan" }).ClickAsync();
    }

    private int PeriodsOf(string child, string parent)
    {
        using var context = server.Database.Open();
        return context.Parents.AsNoTracking().Count(p => p.PersonId == child && p.ParentId == parent);
    }

    private string? PartnerOf(string personId)
    {
        using var context = server.Database.Open();
        return context.Persons.AsNoTracking().Single(p => p.Id == personId).PartnerId;
    }

    private long VersionOf(string personId)
    {
        using var context = server.Database.Open();
        return context.Persons.AsNoTracking().Single(p => p.Id == personId).Version;
    }
}
