using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Overgang.Registry.Runs;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

/// <summary>The IND work queue (issue 14): filters, page numbers, assignment and a bulk step with its confirmation.</summary>
[Collection(BrowserFixtures.Name)]
public sealed class WorkQueuePageTests(WebServer server, Support.Browser browser)
{
    [Fact]
    public Task Work_the_IND_queue_from_filter_to_bulk_action() =>
        browser.OnPage(server.BaseAddress, nameof(Work_the_IND_queue_from_filter_to_bulk_action), async page =>
        {
            // Given two IND actions that were due before today, not assigned to anyone
            var overdue = MakeOverdue(2);
            await Pages.SignInAsync(page, server.Account(Roles.Ind).UserName);
            await page.SetViewportSizeAsync(390, 844);

            // When the employee opens the queue and filters on overdue, unassigned actions
            await page.GotoAsync("/work-queue?lang=nl");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Werkvoorraad");
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);
            await page.GetByLabel("Alleen te laat").CheckAsync();
            await page.GetByLabel("Toegewezen aan").SelectOptionAsync("none");
            await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();

            // Then exactly those two, marked overdue in words, not by colour alone
            await Assertions.Expect(page.Locator("[data-total]")).ToHaveAttributeAsync("data-total", "2");
            await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);
            await Assertions.Expect(page.Locator("tbody tr [data-overdue-label]")).ToHaveCountAsync(2);
            await Assertions.Expect(page.Locator("tbody tr").First).ToContainTextAsync("te laat");
            Assert.Equal(overdue.Order(StringComparer.Ordinal), (await page.Locator("tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.person)")).Order(StringComparer.Ordinal));
            Assert.Contains("overdue=true", page.Url, StringComparison.Ordinal);
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);

            // When both are selected and assigned to me, after the confirmation
            foreach (var box in await page.Locator("tbody input[type=checkbox]").AllAsync())
            {
                await box.CheckAsync();
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Aan mij toewijzen" }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-confirm=assign]")).ToContainTextAsync("2 personen");
            Assert.Equal(0, await Assignments(overdue));
            await Accessibility.AssertNoViolations(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" }).ClickAsync();

            // Then they leave the unassigned queue, are mine, and each person has one audit entry
            await Assertions.Expect(page.Locator("[data-done=assign]")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-total]")).ToHaveAttributeAsync("data-total", "0");
            Assert.Equal(2, await Assignments(overdue));
            await using (var context = server.Database.Open())
            {
                foreach (var person in overdue)
                {
                    Assert.Single(await context.Audit.AsNoTracking().Where(a => a.Subject == "person:" + person && a.Action == "work-queue.assign").ToListAsync());
                }
            }

            // When the employee looks at their own overdue actions and marks the flags as reviewed
            await page.GotoAsync("/work-queue?owner=ind&overdue=true&assignee=me&lang=nl");
            await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);
            await Assertions.Expect(page.Locator("tbody [data-assignee]").First).ToHaveAttributeAsync("data-assignee", server.Account(Roles.Ind).UserName);
            foreach (var box in await page.Locator("tbody input[type=checkbox]").AllAsync())
            {
                await box.CheckAsync();
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Signalen beoordeeld" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" }).ClickAsync();

            // Then every flag of theirs shows as reviewed, with one audit entry per person
            await Assertions.Expect(page.Locator("[data-done=review-flags]")).ToBeVisibleAsync();
            var flags = await page.Locator("tbody [data-flag]").AllInnerTextsAsync();
            Assert.NotEmpty(flags);
            Assert.All(flags, f => Assert.Contains("(beoordeeld)", f, StringComparison.Ordinal));
            await using (var context = server.Database.Open())
            {
                foreach (var person in overdue)
                {
                    Assert.Single(await context.Audit.AsNoTracking().Where(a => a.Subject == "person:" + person && a.Action == "work-queue.review-flags").ToListAsync());
                    Assert.NotEmpty(await context.FlagReviews.AsNoTracking().Where(r => r.PersonId == person).ToListAsync());
                }
            }

            // And a bulk step without a selection is refused in words, not a 500
            await page.GetByRole(AriaRole.Button, new() { Name = "Toewijzing opheffen" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Kies een of meer openstaande acties");

            // When a result file with a bad line is uploaded: refused by line, nothing recorded
            await page.GotoAsync("/work-queue?owner=ind&overdue=true&lang=nl");
            await page.GetByText("Uitslagen van openbare-ordetoetsen vastleggen").ClickAsync();
            await page.GetByLabel("Uitslagenbestand").SetInputFilesAsync(new FilePayload { Name = "uitslagen.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes($"personId,outcome,date\n{overdue[0]},passed,2026-11-20\n{overdue[1]},maybe,2026-11-20\n") });
            await page.GetByRole(AriaRole.Button, new() { Name = "Bestand controleren" }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-rejections] [data-line]")).ToHaveAttributeAsync("data-line", "3");
            await Assertions.Expect(page.Locator("[data-total]")).ToHaveAttributeAsync("data-total", "2");

            // When a good file is uploaded, checked and confirmed
            await page.GetByLabel("Uitslagenbestand").SetInputFilesAsync(new FilePayload { Name = "uitslagen.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes($"personId,outcome,date\n{overdue[0]},passed,2026-11-20\n{overdue[1]},failed,2026-11-20\n") });
            await page.GetByRole(AriaRole.Button, new() { Name = "Bestand controleren" }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-checks-confirm]")).ToContainTextAsync("1 voldaan, 1 niet voldaan");
            await Accessibility.AssertNoViolations(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Uitslagen vastleggen" }).ClickAsync();

            // Then both leave the queue, their outcome is recorded, one audit entry per person
            await Assertions.Expect(page.Locator("[data-checks-recorded]")).ToHaveAttributeAsync("data-checks-recorded", "2");
            await Assertions.Expect(page.Locator("[data-total]")).ToHaveAttributeAsync("data-total", "0");
            await using (var context = server.Database.Open())
            {
                Assert.Equal("passed", (await context.Persons.AsNoTracking().SingleAsync(p => p.Id == overdue[0])).PublicOrderCheck);
                Assert.Equal("failed", (await context.Persons.AsNoTracking().SingleAsync(p => p.Id == overdue[1])).PublicOrderCheck);
                foreach (var person in overdue)
                {
                    Assert.Single(await context.Audit.AsNoTracking().Where(a => a.Subject == "person:" + person && a.Action == "check.update").ToListAsync());
                }
            }
        });

    [Fact]
    public Task The_queue_pages_with_numbers_sorts_and_answers_an_unknown_value_with_a_message() =>
        browser.OnPage(server.BaseAddress, nameof(The_queue_pages_with_numbers_sorts_and_answers_an_unknown_value_with_a_message), async page =>
        {
            await Pages.SignInAsync(page, server.Account(Roles.Ind).UserName);

            // The person's outstanding actions, a second view: several pages with numbers
            await page.GotoAsync("/work-queue?owner=person&sort=name&lang=en");
            var pages = page.Locator("[data-pages]");
            await Assertions.Expect(pages.GetByRole(AriaRole.Link, new() { Name = "Page 2", Exact = true })).ToBeVisibleAsync();
            var first = await page.Locator("tbody th").AllInnerTextsAsync();
            Assert.Equal(first.Order(StringComparer.Ordinal), first);
            await pages.GetByRole(AriaRole.Link, new() { Name = "Page 2", Exact = true }).ClickAsync();
            Assert.Contains("page=2", page.Url, StringComparison.Ordinal);
            await Assertions.Expect(page.Locator("[data-total]")).ToContainTextAsync("page 2 of");
            var second = await page.Locator("tbody th").AllInnerTextsAsync();
            Assert.True(string.CompareOrdinal(first[^1], second[0]) <= 0);
            await Accessibility.AssertNoViolations(page);

            // An unknown flag: a message naming what to do, a 400, never a 500
            var response = await page.GotoAsync("/work-queue?flag=sleepy&lang=nl");
            Assert.Equal(400, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Onbekend signaal");
            await Accessibility.AssertNoViolations(page);
        });

    /// <summary>Moves the due day of IND actions of the latest run to before today (persons no other test of the queue reads).</summary>
    private List<string> MakeOverdue(int count)
    {
        using var context = server.Database.Open();
        var run = context.Runs.AsNoTracking().Where(r => r.Kind == RunKinds.Decisions).OrderByDescending(r => r.Id).First().Id;
        var tasks = context.Tasks.Where(t => t.RunId == run && t.Kind == "action" && t.Owner == "ind" && t.Status == "open" && t.Flags != 0 && t.Code == "complete-public-order-check")
            .OrderByDescending(t => t.PersonId).Take(count).ToList();
        Assert.Equal(count, tasks.Count);
        foreach (var task in tasks)
        {
            task.Due = WebServer.Today.PlusDays(-10);
        }

        context.SaveChanges();
        return [.. tasks.Select(t => t.PersonId)];
    }

    private async Task<int> Assignments(IReadOnlyList<string> persons)
    {
        await using var context = server.Database.Open();
        return await context.WorkAssignments.AsNoTracking().CountAsync(a => persons.Contains(a.PersonId));
    }
}
