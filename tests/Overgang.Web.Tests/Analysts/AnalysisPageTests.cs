using Microsoft.Playwright;
using Overgang.Analysis.Projections;
using Overgang.Analysis.Reports;
using Overgang.Letters;
using Overgang.Web.Languages;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Analysts;

/// <summary>The analyst pages in a real browser: home, projections with charts and their tables, monitor; nl, uk and en at 390 px.</summary>
[Collection(BrowserFixtures.Name)]
public sealed class AnalysisPageTests(WebServer server, Support.Browser browser)
{
    [Fact]
    public Task An_analyst_lands_on_the_analysis_opens_a_scenario_and_reads_the_number_the_command_line_gives() =>
        browser.OnPage(server.BaseAddress, nameof(An_analyst_lands_on_the_analysis_opens_a_scenario_and_reads_the_number_the_command_line_gives), async page =>
        {
            // Given: the number overgang project's table gives for persons present in March 2027 under a ceasefire
            var data = ProjectionData.Default;
            Assert.True(Projection.TryFind(data, "ceasefire", out var scenario));
            var table = ProjectionTables.Series(Projection.Run(data, scenario), "population");
            var march = table.Rows.Single(r => r[0] == "2027-03");
            var expected = Numbers.Count(long.Parse(march[2], System.Globalization.CultureInfo.InvariantCulture), LetterLanguage.Dutch);
            await Pages.SignInAsync(page, server.Account(Roles.Analyst).UserName);

            // When: the analyst opens the application, and the scenario from the list
            await page.GotoAsync("/");
            await Pages.WaitForUrlAsync(page, new("/analysis$"));
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Analyse");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("135.010");
            await page.GetByRole(AriaRole.Link, new() { Name = "Prognoses tot 2030" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Staakt-het-vuren in 2027" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Staakt-het-vuren in 2027");
            var figure = page.Locator("[data-chart='projection-population']");
            await Assertions.Expect(figure.Locator("[role='img']")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Aanwezige personen.*Mediaan "));
            await page.Locator("section:has([data-chart='projection-population']) summary").ClickAsync();

            // Then: the table behind the chart has the command line's median for March 2027
            var row = page.Locator("table[data-table='projection-population'] tr", new() { HasText = "maart 2027" });
            await Assertions.Expect(row).ToHaveCountAsync(1);
            await Assertions.Expect(row.Locator("td").Nth(1)).ToHaveTextAsync(expected);
            await Assertions.Expect(page.Locator("table[data-table='backtest']")).ToBeVisibleAsync();
            await Accessibility.AssertNoViolations(page);
        });

    [Theory]
    [InlineData("nl", "Analyse", "Langdurige oorlog (patstelling)", "Monitor")]
    [InlineData("uk", "Аналітика", "Затяжна війна (патова ситуація)", "Моніторинг")]
    [InlineData("en", "Analysis", "Protracted war (stalemate)", "Monitor")]
    public Task The_analyst_pages_are_accessible_and_fit_390_px_in_each_language(string language, string home, string scenario, string monitor) =>
        browser.OnPage(server.BaseAddress, nameof(The_analyst_pages_are_accessible_and_fit_390_px_in_each_language) + "-" + language, async page =>
        {
            await Pages.SignInAsync(page, server.Account(Roles.Analyst).UserName);
            await page.SetViewportSizeAsync(390, 844);
            foreach (var (path, heading) in new[] { ("/analysis", home), ("/analysis/projections", null), ("/analysis/projections/protracted-war", scenario), ("/analysis/monitor", monitor) })
            {
                var response = await page.GotoAsync(path + "?lang=" + language);
                Assert.Equal(200, response!.Status);
                if (heading is not null)
                {
                    await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
                }

                await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
                await Accessibility.AssertNoViolations(page);
                await Viewport.AssertFitsAsync(page);
                await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("brp_registered_tp");
                if (Environment.GetEnvironmentVariable("OVERGANG_SCREENSHOTS") == "1")
                {
                    Directory.CreateDirectory(Support.Browser.ScreenshotFolder);
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Support.Browser.ScreenshotFolder, "analysis-" + language + path.Replace('/', '-') + ".png"), FullPage = true });
                }
            }
        });

    [Fact]
    public Task An_unknown_scenario_is_a_not_found_page() =>
        browser.OnPage(server.BaseAddress, nameof(An_unknown_scenario_is_a_not_found_page), async page =>
        {
            await Pages.SignInAsync(page, server.Account(Roles.Analyst).UserName);
            var response = await page.GotoAsync("/analysis/projections/no-such-war?lang=en");
            Assert.Equal(404, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
        });
}
