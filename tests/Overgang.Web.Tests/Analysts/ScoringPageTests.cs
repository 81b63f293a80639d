using Microsoft.Playwright;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Analysts;

/// <summary>
/// The scoring page in a real browser: an analyst enters a score for the June 2025 structure, amends it, and sees the
/// factor and domain means change and the history of both versions; a missing justification is named; axe and 390 px.
/// </summary>
[Collection(BrowserFixtures.Name)]
public sealed class ScoringPageTests(WebServer server, Support.Browser browser)
{
    private const string Housing = "netherlands/huisvesting/factor-as-a-whole";

    [Fact]
    public Task An_analyst_enters_a_score_amends_it_and_sees_the_mean_change_and_the_history() =>
        browser.OnPage(server.BaseAddress, nameof(An_analyst_enters_a_score_amends_it_and_sees_the_mean_change_and_the_history), async page =>
        {
            // Given: the June 2025 structure from the monitor page, the housing factor not scored yet
            await Pages.SignInAsync(page, server.Account(Roles.Analyst).UserName);
            await page.SetViewportSizeAsync(390, 844);
            await page.GotoAsync("/analysis/monitor?lang=en");
            await page.Locator("a[href='/analysis/monitor/scores/2025-06']").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Enter factor scores: report of June 2025");
            var means = page.Locator("table[data-table='scoring-means']");
            await Assertions.Expect(means.Locator("tr[data-key='netherlands/huisvesting']")).ToContainTextAsync("not scored yet");
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);

            // When: a score without a justification, then with one
            var row = page.Locator($"fieldset[data-key='{Housing}']");
            await row.Locator("select").SelectOptionAsync("-1");
            await page.Locator("#reason").FillAsync("Scored from the 2025 text");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions.Expect(page.Locator(".overgang-error-summary")).ToContainTextAsync("give the source and justification of the score");
            await Accessibility.AssertNoViolations(page);
            await row.Locator("textarea").FillAsync("Housing is a large obstacle to staying (001:1759-1761)");
            await page.Locator("#reason").FillAsync("Scored from the 2025 text");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

            // Then: saved, and the factor and the domain have a mean
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved: 1 score(s).");
            await Assertions.Expect(means.Locator("tr[data-key='netherlands/huisvesting'] td").Last).ToHaveTextAsync("−1.00");
            await Assertions.Expect(means.Locator("tr[data-key='netherlands'] td").Last).ToHaveTextAsync("−1.00");

            // When: the analyst amends it
            await row.Locator("select").SelectOptionAsync("1");
            await row.Locator("textarea").FillAsync("Some now rent privately (001:1759-1761)");
            await page.Locator("#reason").FillAsync("Second reading");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

            // Then: the means follow the new version, and the history shows both with old and new value and the reason
            await Assertions.Expect(means.Locator("tr[data-key='netherlands/huisvesting'] td").Last).ToHaveTextAsync("+1.00");
            var history = page.Locator("table[data-table='scoring-history']");
            await Assertions.Expect(history.Locator($"tr[data-key='{Housing}/1']")).ToContainTextAsync("not scored yet");
            await Assertions.Expect(history.Locator($"tr[data-key='{Housing}/2']")).ToContainTextAsync("Second reading");
            await Assertions.Expect(history.Locator($"tr[data-key='{Housing}/2'] td").Nth(1)).ToHaveTextAsync("−1");
            await Assertions.Expect(history.Locator($"tr[data-key='{Housing}/2'] td").Nth(2)).ToHaveTextAsync("+1");
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);

            // and the monitor page shows the new mean for the factor
            await page.GotoAsync("/analysis/monitor?lang=en");
            await Assertions.Expect(page.Locator("table[data-table='monitor-changes'] tr", new() { HasText = "Access to housing" }).First).ToContainTextAsync("+1.00");
        });

    [Theory]
    [InlineData("nl", "Factorscores invoeren: rapport juni 2025")]
    [InlineData("uk", "Введення оцінок чинників: звіт за червень 2025")]
    public Task The_scoring_page_is_accessible_and_fits_390_px_in_Dutch_and_Ukrainian(string language, string heading) =>
        browser.OnPage(server.BaseAddress, nameof(The_scoring_page_is_accessible_and_fits_390_px_in_Dutch_and_Ukrainian) + "-" + language, async page =>
        {
            await Pages.SignInAsync(page, server.Account(Roles.Analyst).UserName);
            await page.SetViewportSizeAsync(390, 844);
            var response = await page.GotoAsync("/analysis/monitor/scores/2025-06?lang=" + language);
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);
        });
}
