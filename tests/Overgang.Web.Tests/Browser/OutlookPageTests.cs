using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using NodaTime;
using NodaTime.Text;
using Overgang.Letters;
using Overgang.Web.Languages;
using Overgang.Web.Security;
using Overgang.Web.Tests.Api;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

/// <summary>What changes after protection ends, on /me and the household page; with OVERGANG_SCREENSHOTS=1 also screenshots at 390 px.</summary>
[Collection(BrowserFixtures.Name)]
public sealed class OutlookPageTests(WebServer server, Support.Browser browser)
{
    [Theory]
    [InlineData("uk")]
    [InlineData("nl")]
    [InlineData("en")]
    public Task A_person_reads_what_changes_after_protection_ends_in_their_language(string language) =>
        browser.OnPage(server.BaseAddress, nameof(A_person_reads_what_changes_after_protection_ends_in_their_language) + "-" + language, async page =>
        {
            // Given: the outlook the API gives the same person
            var account = server.Account(Roles.Person);
            using var client = await server.SignedIn(account.UserName);
            var track = (await client.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("outlook").GetProperty("households")[0];
            var shown = track.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("kind").GetString() is not ("provisions-end" or "separate-household")).ToList();
            var change = shown.FirstOrDefault(c => c.GetProperty("amount").ValueKind == JsonValueKind.Number) is { ValueKind: JsonValueKind.Object } withAmount ? withAmount : shown[0];
            Assert.True(LetterDates.TryParse(language, out var lang));
            await Pages.SignInAsync(page, account.UserName);

            // When
            await page.SetViewportSizeAsync(390, 844);
            await page.GotoAsync("/me?lang=" + language);

            // Then: the section, with the month of the change and its amount in the language's notation
            var section = page.Locator("section[aria-labelledby='outlook']");
            await Assertions.Expect(section.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync(LetterDates.Format(new LocalDate(2027, 3, 4), lang));
            await Assertions.Expect(section.Locator("table[data-outlook='periods'] tbody tr")).ToHaveCountAsync(track.GetProperty("periods").GetArrayLength());
            var item = section.Locator($"li[data-change='{change.GetProperty("kind").GetString()}']").First;
            var month = YearMonthPattern.Iso.Parse(change.GetProperty("month").GetString()!).Value;
            var date = change.GetProperty("date") is { ValueKind: JsonValueKind.String } d ? LocalDatePattern.Iso.Parse(d.GetString()!).Value : month.OnDayOfMonth(1);
            await Assertions.Expect(item).ToContainTextAsync(LetterDates.Format(change.GetProperty("kind").GetString() == "health-insurance-starts" ? date : month.OnDayOfMonth(1), lang));
            if (change.GetProperty("amount") is { ValueKind: JsonValueKind.Number } amount)
            {
                await Assertions.Expect(item).ToContainTextAsync(Numbers.Euros((long)(amount.GetDecimal() * 100m), lang));
            }

            if (change.GetProperty("provisional").GetBoolean())
            {
                await Assertions.Expect(item).ToContainTextAsync(lang.T("voorlopig", "попередньо", "provisional"));
            }

            await Accessibility.AssertNoViolations(page);
            await Screenshot(page, "me-" + language);
        });

    [Fact]
    public Task A_case_worker_reads_what_changes_for_a_household_after_protection_ends() =>
        browser.OnPage(server.BaseAddress, nameof(A_case_worker_reads_what_changes_for_a_household_after_protection_ends), async page =>
        {
            // Given
            var targets = Targets.Of(server);
            await Pages.SignInAsync(page, Callers.UserName(server, Who.CaseWorkerOwn));

            // When
            await page.SetViewportSizeAsync(390, 844);
            await page.GotoAsync("/households/" + targets.HouseholdId);

            // Then
            var section = page.Locator("section[aria-labelledby='outlook']");
            await Assertions.Expect(section.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Na 4 maart 2027");
            await Assertions.Expect(section.Locator("table[data-outlook] tbody tr").First).ToBeVisibleAsync();
            await Assertions.Expect(section.Locator("li[data-change]").First).ToBeVisibleAsync();
            await Accessibility.AssertNoViolations(page);
            await Screenshot(page, "household");
        });

    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("OVERGANG_SCREENSHOTS") == "1")
        {
            Directory.CreateDirectory(Support.Browser.ScreenshotFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Support.Browser.ScreenshotFolder, "outlook-" + name + ".png"), FullPage = true });
            await page.Locator("section[aria-labelledby='outlook']").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Support.Browser.ScreenshotFolder, "outlook-" + name + "-section.png") });
        }
    }
}
