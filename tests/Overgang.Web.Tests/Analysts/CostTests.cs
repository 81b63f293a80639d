using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Overgang.Analysis.Costs;
using Overgang.Analysis.Reforms;
using Overgang.Letters;
using Overgang.Registry.Population;
using Overgang.Rules.Parameters;
using Overgang.Web.Languages;
using Overgang.Web.Security;
using Overgang.Web.Tests.Analysis;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Analysts;

/// <summary>What the cost model gives for the registry the server serves: the same population reader, period and simulation, called here directly.</summary>
internal static class ExpectedCosts
{
    public static CostReport For(WebServer server)
    {
        var parameters = ParameterTree.Default;
        Assert.True(ReformPeriod.TryDefault(parameters, WebServer.Today, out var date, out var from, out var to, out _));
        var population = PopulationStore.Read(server.Database, WebServer.Today);
        Assert.True(CostSimulation.TryRun(PopulationIndex.Of(population), parameters, date, ReformPeriod.Months(from, to), CostData.Default, CostModel.DefaultDraws, CostModel.DefaultSeed, out var costs, out var missing), missing?.Message);
        return costs;
    }
}

/// <summary><c>GET /api/v1/analysis/costs</c>: the cost model's numbers for the registry, aggregates only.</summary>
[Collection(ApiFixtures.Name)]
public sealed class CostApiTests(WebServer server)
{
    [Fact]
    public async Task The_costs_are_the_models_per_organisation_and_year_and_hold_no_personal_data()
    {
        // Given
        var expected = ExpectedCosts.For(server);
        using var client = await server.SignedIn(server.Account(Roles.Analyst).UserName);

        // When
        using var response = await client.GetAsync(new Uri("/api/v1/analysis/costs", UriKind.Relative));

        // Then: every figure is the model's; the counterfactual's total is the sum of its organisations
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal([CostScenarios.Baseline, CostScenarios.Counterfactual], body.GetProperty("scenarios").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(CostModel.DefaultDraws, body.GetProperty("draws").GetInt32());
        var lines = body.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(expected.Totals.Length + expected.Organisations.Length + expected.Items.Length, lines.Count);
        foreach (var line in expected.Organisations)
        {
            var found = lines.Single(l => l.GetProperty("scenario").GetString() == line.Scenario && l.GetProperty("year").GetInt32() == line.Year
                && l.TryGetProperty("organisation", out var o) && o.GetString() == line.Organisation && (!l.TryGetProperty("item", out var i) || i.ValueKind == JsonValueKind.Null));
            Assert.Equal(line.Cost.Central, found.GetProperty("central").GetDecimal());
            Assert.Equal(line.Cost.P90, found.GetProperty("p90").GetDecimal());
        }

        foreach (var year in expected.Years)
        {
            var total = lines.Single(l => l.GetProperty("scenario").GetString() == CostScenarios.Counterfactual && l.GetProperty("year").GetInt32() == year
                && (!l.TryGetProperty("organisation", out var o) || o.ValueKind == JsonValueKind.Null)).GetProperty("central").GetDecimal();
            Assert.Equal(total, expected.Organisations.Where(o => o.Scenario == CostScenarios.Counterfactual && o.Year == year).Sum(o => o.Cost.Central));
        }

        Assert.Contains(body.GetProperty("unitCosts").EnumerateArray(), u => u.GetProperty("id").GetString() == "coa-reception-person-year");
        var (ids, names) = ReformRuns.Persons(server);
        Assert.DoesNotContain(ids, id => text.Contains(id, StringComparison.Ordinal));
        Assert.DoesNotContain(names, name => text.Contains("\"" + name + "\"", StringComparison.Ordinal));
    }
}

/// <summary>The costs page in a real browser: the model's figure written the Dutch way, accessible, at 390 px in each language.</summary>
[Collection(BrowserFixtures.Name)]
public sealed class CostPageTests(WebServer server, Support.Browser browser)
{
    [Fact]
    public Task An_analyst_reads_the_counterfactuals_cost_for_COA_as_the_model_gives_it() =>
        browser.OnPage(server.BaseAddress, nameof(An_analyst_reads_the_counterfactuals_cost_for_COA_as_the_model_gives_it), async page =>
        {
            // Given: what the model gives COA in 2027 without a transition document
            var expected = ExpectedCosts.For(server);
            var figure = expected.Of(CostScenarios.Counterfactual, CostOrganisations.Coa, 2027);
            Assert.True(figure.Central > 0);
            var central = Numbers.Euros((long)(figure.Central * 100m), LetterLanguage.Dutch);
            await Pages.SignInAsync(page, server.Account(Roles.Analyst).UserName);

            // When: the analyst follows the link from the analysis home page
            await page.GotoAsync("/analysis");
            await page.GetByRole(AriaRole.Link, new() { Name = "Kosten en het alternatief" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kosten van de overgang en van het alternatief");

            // Then: the row for COA in 2027 has the model's figure, written the Dutch way, and the band around it
            var row = page.Locator("table[data-table='costs-organisations'] tr[data-key='2027/coa']");
            await Assertions.Expect(row.Locator("th")).ToHaveTextAsync("2027, COA");
            await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync(central);
            await Assertions.Expect(row.Locator("td").Nth(3)).ToHaveTextAsync(Numbers.Euros((long)(figure.P10 * 100m), LetterLanguage.Dutch) + " – " + Numbers.Euros((long)(figure.P90 * 100m), LetterLanguage.Dutch));
            await Assertions.Expect(page.Locator("[data-chart='costs-per-year'] svg")).ToBeVisibleAsync();
            Assert.StartsWith("€ ", central, StringComparison.Ordinal);
            Assert.Contains(",", central, StringComparison.Ordinal);
            await Accessibility.AssertNoViolations(page);
        });

    [Theory]
    [InlineData("nl", "Kosten van de overgang en van het alternatief")]
    [InlineData("uk", "Витрати на перехід і на альтернативу")]
    [InlineData("en", "Costs of the transition and of the alternative")]
    public Task The_costs_page_is_accessible_and_fits_390_px_in_each_language(string language, string heading) =>
        browser.OnPage(server.BaseAddress, nameof(The_costs_page_is_accessible_and_fits_390_px_in_each_language) + "-" + language, async page =>
        {
            await Pages.SignInAsync(page, server.Account(Roles.Analyst).UserName);
            await page.SetViewportSizeAsync(390, 844);
            var response = await page.GotoAsync("/analysis/costs?lang=" + language);
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);
            Assert.Equal(CostOrganisations.All.Length + 1, await page.Locator("table[data-table='costs-organisations'] tr[data-key^='2027/']").CountAsync());
        });
}
