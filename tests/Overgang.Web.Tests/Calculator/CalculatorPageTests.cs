using System.Text.Json;
using Microsoft.Playwright;
using Overgang.Contracts;
using Overgang.Letters;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;
using Overgang.Web.Languages;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Calculator;

/// <summary>The public calculator and the path check in a real browser, without an account, on a server without a registry.</summary>
[Collection(PublicFixtures.Name)]
public sealed class CalculatorPageTests(RegistrylessServer server, Support.Browser browser)
{
    /// <summary>The household of <see cref="PublicApiTests.FiveNow"/>, arrived in April 2022, on a date after protection ends.</summary>
    private static string FiveOn(string date) => PublicApiTests.FiveNow
        .Replace("2026-11-22", date, StringComparison.Ordinal)
        .Replace("\"path\":\"transition-document\"", "\"path\":\"transition-document\",\"protection\":{\"since\":\"2022-04-01\"}", StringComparison.Ordinal);

    [Fact]
    public Task An_anonymous_visitor_calculates_a_household_of_five_in_Ukrainian_and_sees_the_months_after_March_2027() =>
        browser.OnPage(server.BaseAddress, nameof(An_anonymous_visitor_calculates_a_household_of_five_in_Ukrainian_and_sees_the_months_after_March_2027), async page =>
        {
            // Given: what the rules answer for the same household in June 2027 and today
            var june = JsonDocument.Parse(Assert.IsType<ContractAnswer.Answered>(ContractJson.Calc(FiveOn("2027-06-01"), ParameterTree.Default)).Json).RootElement.GetProperty("households")[0];
            var now = JsonDocument.Parse(Assert.IsType<ContractAnswer.Answered>(ContractJson.Calc(FiveOn("2026-11-22"), ParameterTree.Default)).Json).RootElement.GetProperty("households")[0];
            var provision = june.GetProperty("provision").GetString()!;
            var juneAmount = provision == "social-assistance" ? june.GetProperty("socialAssistance").GetProperty("amount").GetDecimal() : june.GetProperty("allowance").GetDecimal();
            await page.SetViewportSizeAsync(390, 844);
            await page.GotoAsync("/?lang=uk");
            await page.GetByRole(AriaRole.Link, new() { Name = "Калькулятор", Exact = true }).ClickAsync();

            // When: five members (the form starts with two; a member is added by a button, without JavaScript)
            for (var i = 0; i < 3; i++)
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Додати ще одну особу" }).ClickAsync();
            }

            await page.FillAsync("#birth0", "1985");
            await page.FillAsync("#income0", "1200");
            await page.SelectOptionAsync("#path0", "transition-document");
            await page.FillAsync("#birth1", "1987");
            await page.SelectOptionAsync("#relation1", "partner");
            await page.SelectOptionAsync("#path1", "transition-document");
            foreach (var (row, year) in new[] { (2, "2012"), (3, "2015"), (4, "2019") })
            {
                await page.FillAsync($"#birth{row}", year);
                await page.SelectOptionAsync($"#relation{row}", "child");
            }

            await page.SelectOptionAsync("#reception", "municipal");
            await page.FillAsync("#arrived", "2022-04");
            await page.GetByRole(AriaRole.Button, new() { Name = "Розрахувати" }).ClickAsync();

            // Then: today's amounts and the months after the last day of protection, in Ukrainian notation
            await Assertions.Expect(page.Locator("[data-when='now'] [data-amount='allowance']")).ToContainTextAsync(Euros(now.GetProperty("allowance").GetDecimal()));
            await Assertions.Expect(page.Locator("#after")).ToContainTextAsync(LetterDates.Format(new NodaTime.LocalDate(2027, 3, 4), LetterLanguage.Ukrainian));
            var juneRow = page.Locator("tr[data-month='2027-06']");
            Assert.Equal(Euros(juneAmount), Plain(await juneRow.Locator($"[data-amount='{provision}']").InnerTextAsync()).Trim());
            Assert.Equal(Euros(june.GetProperty("contribution").GetDecimal()), Plain(await juneRow.Locator("[data-amount='contribution']").InnerTextAsync()).Trim());
            Assert.True(await page.Locator("table[data-after] tbody tr").CountAsync() >= 12, "a row per month to the end of the reception year");
            await Assertions.Expect(page.Locator("[data-why-list]").First).ToContainTextAsync("Гроші на їжу");

            // No rule id or parameter path outside the technical details
            var visible = await page.EvaluateAsync<string>("() => { const c = document.querySelector('main').cloneNode(true); c.querySelectorAll('details').forEach(d => d.remove()); return c.innerText; }");
            Assert.DoesNotContain("allowance.", visible, StringComparison.Ordinal);
            Assert.DoesNotContain("transition-document", visible, StringComparison.Ordinal);
            await Viewport.AssertFitsAsync(page);
            await Accessibility.AssertNoViolations(page);
            await Screenshot(page, "calculator-uk");
        });

    [Fact]
    public Task A_visitor_checks_their_path_in_English() =>
        browser.OnPage(server.BaseAddress, nameof(A_visitor_checks_their_path_in_English), async page =>
        {
            // Given: the rules' decision for the same answers
            var document = """{"date":"2027-03-04","persons":[{"id":"you","birthDate":"1985-07-01","ukrainianResidence":"citizen","protection":{"memberState":"NL","since":"2022-04-01"},"otherProtection":[],"asylumApplication":"pending","publicOrderCheck":"passed"}]}""";
            var decision = JsonDocument.Parse(Assert.IsType<ContractAnswer.Answered>(ContractJson.Decide(document, ParameterTree.Default)).Json).RootElement.GetProperty("decisions")[0];
            var path = TransitionNames.Paths[decision.GetProperty("path").GetString()!];
            await page.GotoAsync("/calculator/path?lang=en");

            // When
            await page.FillAsync("#birth", "1985");
            await page.SelectOptionAsync("#tie", "citizen");
            await page.SelectOptionAsync("#country", "NL");
            await page.FillAsync("#since", "2022-04");
            await page.SelectOptionAsync("#elsewhere", "no");
            await page.SelectOptionAsync("#asylum", "pending");
            await page.SelectOptionAsync("#permit", "none");
            await page.SelectOptionAsync("#returning", "no");
            await page.SelectOptionAsync("#check", "passed");
            await page.GetByRole(AriaRole.Button, new() { Name = "Show my path" }).ClickAsync();

            // Then: the path in plain words, and what to do next
            var result = page.Locator("section[data-result='path']");
            await Assertions.Expect(result.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Your path: " + Components.Pages.Calculator.CalculatorTexts.Path(path, LetterLanguage.English));
            await Assertions.Expect(result).ToContainTextAsync("Withdraw your asylum application");
            await Accessibility.AssertNoViolations(page);

            // When: not sure since when
            await page.FillAsync("#since", "");
            await page.SelectOptionAsync("#asylum", "none");
            await page.GetByRole(AriaRole.Button, new() { Name = "Show my path" }).ClickAsync();

            // Then: a provisional answer naming what we need to know
            await Assertions.Expect(page.Locator("section[data-result='path']")).ToHaveAttributeAsync("data-provisional", "true");
            await Assertions.Expect(page.Locator("li[data-fact='since']")).ToContainTextAsync("since which month");
            await Assertions.Expect(page.Locator("[data-possible] li")).ToHaveCountAsync(2);
            await Viewport.AssertFitsAsync(page);
            await Screenshot(page, "path-en");
        });

    [Theory]
    [InlineData("nl", "persoon 1")]
    [InlineData("uk", "особи 1")]
    [InlineData("en", "person 1")]
    public Task A_wrong_answer_gets_an_error_summary_naming_the_field_in_the_pages_language(string language, string named) =>
        browser.OnPage(server.BaseAddress, nameof(A_wrong_answer_gets_an_error_summary_naming_the_field_in_the_pages_language) + "-" + language, async page =>
        {
            // When
            var response = await page.GotoAsync("/calculator?lang=" + language);
            await page.FillAsync("#birth0", "19x5");
            await page.FillAsync("#income1", "veel");
            await page.Locator("#calculate").ClickAsync();

            // Then: 400, never 500; every wrong field linked from the summary and marked
            var summary = page.Locator(".overgang-error-summary");
            await Assertions.Expect(summary.Locator("a[href='#birth0']")).ToContainTextAsync(named);
            await Assertions.Expect(summary.Locator("a[href='#income1']")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#birth0")).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(page.Locator("section[data-result]")).ToHaveCountAsync(0);
            Assert.NotNull(response);
            await Accessibility.AssertNoViolations(page);

            // And the path check the same way
            await page.GotoAsync("/calculator/path?lang=" + language + "&check-path=1&birth=1985&since=2022-13&tie=citizen");
            await Assertions.Expect(page.Locator(".overgang-error-summary a[href='#since']")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#since")).ToHaveAttributeAsync("aria-invalid", "true");
        });

    [Theory]
    [InlineData("nl")]
    [InlineData("uk")]
    [InlineData("en")]
    public Task The_public_pages_pass_axe_and_fit_390_pixels(string language) =>
        browser.OnPage(server.BaseAddress, nameof(The_public_pages_pass_axe_and_fit_390_pixels) + "-" + language, async page =>
        {
            await page.SetViewportSizeAsync(390, 844);
            foreach (var url in new[]
            {
                "/calculator", "/calculator?" + PublicApiTests.FiveQuery.Replace("&calculate=1", "&add=1", StringComparison.Ordinal), "/calculator?" + PublicApiTests.FiveQuery, "/calculator?rows=1&birth0=1960&reception=coa&calculate=1",
                "/calculator/path", "/calculator/path?check-path=1&birth=1985&tie=unsure&country=NL&elsewhere=no&asylum=unsure&permit=none&returning=no&check=unsure", "/",
            })
            {
                var response = await page.GotoAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=" + language);
                Assert.Equal(200, response!.Status);
                await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
                await Viewport.AssertFitsAsync(page);
                await Accessibility.AssertNoViolations(page);
            }
        });

    private static string Euros(decimal amount) => Numbers.Euros((long)Math.Round(amount * 100m), LetterLanguage.Ukrainian).Replace('\u00A0', ' ');

    /// <summary>With OVERGANG_SCREENSHOTS=1, a full-page screenshot for review.</summary>
    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("OVERGANG_SCREENSHOTS") == "1")
        {
            Directory.CreateDirectory(Support.Browser.ScreenshotFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Support.Browser.ScreenshotFolder, name + ".png"), FullPage = true });

            // and in parts of one screen each, readable at their size
            var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
            for (var (y, part) = (0, 1); y < height; y += 1200, part++)
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Support.Browser.ScreenshotFolder, $"{name}-{part}.png"), FullPage = true, Clip = new Clip { X = 0, Y = y, Width = page.ViewportSize?.Width ?? 1280, Height = Math.Min(1200, height - y) } });
            }
        }
    }

    private static string Plain(string text) => text.Replace('\u00A0', ' ');
}
