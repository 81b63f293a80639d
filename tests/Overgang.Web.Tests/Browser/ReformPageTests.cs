using System.Globalization;
using Microsoft.Playwright;
using Overgang.Letters;
using Overgang.Web.Security;
using Overgang.Web.Tests.Analysis;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

/// <summary>The analyst's reform pages (docs/web.md): choose or upload a reform, follow the run, read the charts' tables; in nl, uk and en, at 390 px.</summary>
[Collection(BrowserFixtures.Name)]
public sealed class ReformPageTests(WebServer server, Support.Browser browser)
{
    [Fact]
    public Task An_analyst_runs_a_shipped_reform_and_reads_the_numbers_of_simulate_behind_the_chart() =>
        browser.OnPage(server.BaseAddress, nameof(An_analyst_runs_a_shipped_reform_and_reads_the_numbers_of_simulate_behind_the_chart), async page =>
        {
            // Given
            await Pages.SignInAsync(page, server.Account(Roles.Analyst).UserName);
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Link, new() { Name = "Analyse" }).ClickAsync();

            // When: the analyst picks a shipped reform by its title and runs it
            await page.GetByLabel("Operating part of the own contribution back to €105 per adult from December 2026").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Doorrekenen", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Uitkomst van de hervorming", new() { Timeout = (float)ReformRuns.Patience.TotalMilliseconds });

            // Then: the first month's net cost under the current rules, in the table behind the chart, is what the
            // command line's table builder gives for the same registry (allowance + social assistance - contribution)
            var months = ReformRuns.Expected(server, "contribution-105").Single(t => t.Id == "reform-months");
            decimal Cell(int row, int column) => decimal.Parse(months.Rows[row][column], CultureInfo.InvariantCulture);
            var expected = Cell(0, 1) + Cell(0, 7) - Cell(0, 4);
            var difference = months.Rows.Sum(r => decimal.Parse(r[10], CultureInfo.InvariantCulture));
            var chart = page.Locator("[data-chart='cost-per-month']");
            await chart.GetByText("Tabel bij de grafiek").ClickAsync();
            var firstRow = chart.Locator("tbody tr").First;
            await Assertions.Expect(firstRow.Locator("td").First).ToHaveTextAsync(Dutch(expected));
            await Assertions.Expect(chart.Locator("tbody tr").Last.Locator("td").Last).ToHaveTextAsync((difference > 0 ? "+" : "") + Dutch(difference));
            await Assertions.Expect(chart.Locator("figure [role='img']")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Van .+ tot en met .+ kosten"));

            // and the table of simulate itself, cell for cell in Dutch notation
            var pageMonths = page.Locator("[data-table='reform-months'] tbody tr").First;
            await Assertions.Expect(pageMonths.Locator("td").Nth(0)).ToHaveTextAsync(Dutch(Cell(0, 1)));
            await Assertions.Expect(page.Locator("[data-table='reform-municipalities'] thead")).Not.ToContainTextAsync("code");
            await Assertions.Expect(page.Locator("[data-chart] svg")).ToHaveCountAsync(3);

            // and the costs of the reform per year, as simulate prices them, in the page's notation
            var costs = ReformRuns.ExpectedCosts(server, "contribution-105");
            var year = costs.Years[0];
            var reformed = costs.Of(Overgang.Analysis.Costs.CostScenarios.Reform, "", year);
            var total = page.Locator($"[data-section='costs'] tr[data-key='{year.ToString(CultureInfo.InvariantCulture)}/all']");
            await Assertions.Expect(total).ToContainTextAsync("€ " + Dutch(Math.Round(reformed.Central, 2)));
            await Assertions.Expect(total).ToContainTextAsync("€ " + Dutch(Math.Round(reformed.P10, 2)) + " – € " + Dutch(Math.Round(reformed.P90, 2)));
            await Assertions.Expect(page.Locator("[data-table^='costs-']")).ToHaveCountAsync(1);
            await Accessibility.AssertNoViolations(page);
        });

    [Fact]
    public Task A_malformed_reform_file_is_refused_with_the_line_it_is_wrong_on() =>
        browser.OnPage(server.BaseAddress, nameof(A_malformed_reform_file_is_refused_with_the_line_it_is_wrong_on), async page =>
        {
            // Given
            await Pages.SignInAsync(page, server.Account(Roles.Analyst).UserName);
            await page.GotoAsync("/analysis/reforms?lang=uk");
            var yaml = "reform: broken\ntitle: Broken\ndescription: A typo in a parameter id.\nchanges:\n  - id: contribution.operatin\n    rationale: none\n    values:\n      - { from: 2026-12-01, value: 105.00, source: R6 }\n";

            // When
            await page.GetByLabel("Файл реформи").SetInputFilesAsync(new FilePayload { Name = "broken.yaml", MimeType = "application/yaml", Buffer = System.Text.Encoding.UTF8.GetBytes(yaml) });
            await page.GetByRole(AriaRole.Button, new() { Name = "Розрахувати файл" }).ClickAsync();

            // Then
            await Assertions.Expect(page.Locator(".overgang-error-summary")).ToContainTextAsync("У файлі помилка в рядку 5.");
            await Assertions.Expect(page.Locator("[data-line='5']")).ToContainTextAsync("- id: contribution.operatin");
            await Assertions.Expect(page.Locator("#file")).ToHaveAttributeAsync("aria-invalid", "true");
            await Accessibility.AssertNoViolations(page);
        });

    [Theory]
    [InlineData("nl", "Hervormingen doorrekenen", "Uitkomst van de hervorming")]
    [InlineData("uk", "Розрахунок реформ", "Результат реформи")]
    [InlineData("en", "Run a reform", "Outcome of the reform")]
    public Task The_reform_pages_are_accessible_and_fit_390_px_in_each_language(string language, string list, string result) =>
        browser.OnPage(server.BaseAddress, nameof(The_reform_pages_are_accessible_and_fit_390_px_in_each_language) + "-" + language, async page =>
        {
            // Given
            await Pages.SignInAsync(page, server.Account(Roles.Analyst).UserName);
            await page.SetViewportSizeAsync(390, 844);

            // When / Then: the choice
            await page.GotoAsync("/analysis/reforms?lang=" + language);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(list);
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);

            // the progress page (right after the start, unless the run is that quick), held still without its script
            await page.RouteAsync("**/analysis/reforms/progress.js", route => route.AbortAsync());
            await page.Locator("input[value='early-end-2026-12-31']").CheckAsync();
            await page.Locator("form button.utrecht-button--primary-action").First.ClickAsync();
            await Pages.WaitForUrlAsync(page, new("/analysis/reforms/[0-9a-f]{32}"));
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);
            await Screenshot(page, "started-" + language);

            // and the result, which the script brings when the run is finished
            await page.UnrouteAllAsync();
            await page.ReloadAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(result, new() { Timeout = (float)ReformRuns.Patience.TotalMilliseconds });
            foreach (var details in await page.Locator("details").AllAsync())
            {
                await details.Locator("summary").ClickAsync();
            }

            Assert.True(LetterDates.TryParse(language, out _));
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);
            await Screenshot(page, "result-" + language);
            await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("transition-document");
        });

    private static string Dutch(decimal amount) =>
        amount.ToString("#,0.00", CultureInfo.InvariantCulture).Replace(",", "#", StringComparison.Ordinal).Replace(".", ",", StringComparison.Ordinal).Replace("#", ".", StringComparison.Ordinal);

    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("OVERGANG_SCREENSHOTS") == "1")
        {
            Directory.CreateDirectory(Support.Browser.ScreenshotFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Support.Browser.ScreenshotFolder, "reform-" + name + ".png"), FullPage = true });
        }
    }
}
