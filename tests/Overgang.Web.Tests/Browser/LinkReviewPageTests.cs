using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NodaTime;
using Overgang.Letters;
using Overgang.Linkage.Files;
using Overgang.Linkage.Names;
using Overgang.Linkage.Records;
using Overgang.Linkage.Scoring;
using Overgang.Registry.Linkage;
using Overgang.Registry.Model;
using Overgang.Web.Security;
using Overgang.Web.Tests.Api;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

/// <summary>The review pages of record linkage's queue (docs/linkage.md): list, pair, confirmation; in nl, uk and en, at 390 px.</summary>
[Collection(BrowserFixtures.Name)]
public sealed class LinkReviewPageTests(WebServer server, Support.Browser browser)
{
    [Fact]
    public Task An_IND_reviewer_confirms_a_double_registration_and_the_person_gets_the_other_registration() =>
        browser.OnPage(server.BaseAddress, nameof(An_IND_reviewer_confirms_a_double_registration_and_the_person_gets_the_other_registration), async page =>
        {
            // Given: a Polish registration of a registry person, written the Polish way, in the review queue
            var (person, candidate) = Seed("PL-WEB-CONFIRM");
            await Pages.SignInAsync(page, server.Account(Roles.Ind).UserName);
            await page.SetViewportSizeAsync(390, 844);

            // When: the reviewer opens the list
            await page.GotoAsync("/link-candidates?lang=nl");

            // Then: the pair with both names, the birth date in Dutch notation, Poland by name and the band in words
            await Assertions.Expect(page.Locator(".overgang-nav a[aria-current='page']")).ToHaveAttributeAsync("href", "/link-candidates");
            var row = page.Locator($"tr[data-candidate='{candidate.Id}']");
            await Assertions.Expect(row).ToContainTextAsync(person.FamilyName);
            await Assertions.Expect(row).ToContainTextAsync(candidate.ForeignFamilyName!);
            await Assertions.Expect(row).ToContainTextAsync(LetterDates.Format(person.BirthDate, LetterLanguage.Dutch));
            await Assertions.Expect(row).ToContainTextAsync("Polen");
            await Assertions.Expect(row).ToContainTextAsync(candidate.Band == "match" ? "Waarschijnlijk dezelfde persoon" : "Twijfelgeval");
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("paren te beoordelen, pagina 1 van");
            await Viewport.AssertFitsAsync(page);

            // When: the reviewer opens the pair
            await row.GetByRole(AriaRole.Link).ClickAsync();

            // Then: both records side by side and the evidence per field in words
            await Assertions.Expect(page.Locator("table[data-table='records']")).ToContainTextAsync(person.FamilyName);
            await Assertions.Expect(page.Locator("table[data-table='records']")).ToContainTextAsync("Polen");
            await Assertions.Expect(page.Locator("table[data-table='records']")).ToContainTextAsync(LetterDates.Format(new LocalDate(2022, 5, 2), LetterLanguage.Dutch));
            await Assertions.Expect(page.Locator("table[data-table='evidence'] tbody tr")).ToHaveCountAsync(6);
            await Assertions.Expect(page.Locator("tr[data-field='birth-date']")).ToContainTextAsync("Komt overeen");
            await Assertions.Expect(page.Locator("tr[data-field='birth-date']")).ToContainTextAsync("voor dezelfde persoon");
            await Viewport.AssertFitsAsync(page);

            // When: the confirmation page is opened without a decision, it offers nothing to confirm
            var undecided = await page.GotoAsync($"/link-candidates/{candidate.Id}/decision?version={candidate.Version}");
            Assert.Equal(400, undecided!.Status);
            await Assertions.Expect(page.Locator("form[method='post'] input[name='Input.Confirmed']")).ToHaveCountAsync(0);
            await page.GoBackAsync();

            // When: "same person", then confirming without ticking the box
            await page.GetByRole(AriaRole.Button, new() { Name = "Dezelfde persoon" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Beslissing bevestigen");
            await page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" }).ClickAsync();

            // Then: nothing is decided, the error links to the box
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vink aan dat u de beslissing bevestigt.");
            using (var context = server.Database.Open())
            {
                Assert.Equal(LinkReview.Open, context.LinkCandidates.AsNoTracking().Single(c => c.Id == candidate.Id).Status);
            }

            // When: ticked and confirmed
            await page.GetByLabel("Ik heb beide inschrijvingen vergeleken").CheckAsync();
            await page.GetByLabel("Toelichting").FillAsync("zelfde paspoort");
            await page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" }).ClickAsync();

            // Then: the outcome, the Polish registration on the person, and the decision audited
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Beoordeeld: dezelfde persoon");
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De inschrijving in Polen is bij de persoon vastgelegd.");
            await Viewport.AssertFitsAsync(page);
            using (var context = server.Database.Open())
            {
                Assert.Contains(context.Protections.AsNoTracking(), p => p.PersonId == person.Id && p.MemberState == "PL" && p.Since == new LocalDate(2022, 5, 2));
                Assert.Contains(context.Audit.AsNoTracking(), a => a.Action == "link.decide" && a.Subject == person.Id && a.Reason == "zelfde paspoort" && a.Actor.Contains(server.Account(Roles.Ind).UserName));
                Assert.Contains(context.Audit.AsNoTracking(), a => a.Action == "person.update" && a.Subject == person.Id);
            }

            // When: the same decision is sent again from the confirmation page of the version read before
            await page.GotoAsync($"/link-candidates/{candidate.Id}/decision?decision=different-persons&version={candidate.Version}");
            await page.GetByLabel("Ik heb beide inschrijvingen vergeleken").CheckAsync();
            var stale = await page.RunAndWaitForResponseAsync(
                () => page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" }).ClickAsync(),
                r => r.Request.Method == "POST");

            // Then: a clear message, not an error page, and the decision stands
            Assert.Equal(409, stale.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Iemand anders heeft over dit paar al beslist");
            using (var context = server.Database.Open())
            {
                Assert.Equal(LinkReview.SamePerson, context.LinkCandidates.AsNoTracking().Single(c => c.Id == candidate.Id).Status);
            }
        });

    [Theory]
    [InlineData("nl", "Polen", "Mogelijk dubbele inschrijvingen", "Paar beoordelen", "Beslissing bevestigen")]
    [InlineData("uk", "Польща", "Можливі подвійні реєстрації", "Перевірка пари", "Підтвердження рішення")]
    [InlineData("en", "Poland", "Possible double registrations", "Review a pair", "Confirm the decision")]
    public Task The_review_pages_are_accessible_and_fit_390_px_in_each_language(string language, string poland, string list, string pair, string confirm) =>
        browser.OnPage(server.BaseAddress, nameof(The_review_pages_are_accessible_and_fit_390_px_in_each_language) + "-" + language, async page =>
        {
            // Given
            var (person, candidate) = Seed("PL-WEB-" + language.ToUpperInvariant());
            await Pages.SignInAsync(page, server.Account(Roles.Ind).UserName);
            await page.SetViewportSizeAsync(390, 844);
            Assert.True(LetterDates.TryParse(language, out var lang));

            // When / Then: the list, with the stored Cyrillic name on the Ukrainian page
            await page.GotoAsync("/link-candidates?lang=" + language);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(list);
            var row = page.Locator($"tr[data-candidate='{candidate.Id}']");
            await Assertions.Expect(row).ToContainTextAsync(language == "uk" ? person.FamilyNameCyrillic! : person.FamilyName);
            await Assertions.Expect(row).ToContainTextAsync(LetterDates.Format(person.BirthDate, lang));
            await Assertions.Expect(row).ToContainTextAsync(poland);
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);
            await Screenshot(page, "list-" + language);

            // the pair
            await page.GotoAsync($"/link-candidates/{candidate.Id}?lang={language}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(pair);
            await Assertions.Expect(page.Locator("table[data-table='records']")).ToContainTextAsync(poland);
            await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("member-state");
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);
            await Screenshot(page, "pair-" + language);

            // the confirmation, and its error
            await page.Locator("button[value='different-persons']").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(confirm);
            await Accessibility.AssertNoViolations(page);
            await page.Locator("form[method='post'] button[type='submit']").Last.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);
            await Screenshot(page, "confirm-" + language);
        });

    [Theory]
    [InlineData("nl", "Eindigt op K56", "Niet vastgelegd in het register")]
    [InlineData("uk", "Закінчується на K56", "У реєстрі не зберігається")]
    [InlineData("en", "Ends in K56", "Not kept in the registry")]
    public Task The_pair_page_shows_the_end_of_a_document_number_sent_in_the_clear(string language, string end, string registry) =>
        browser.OnPage(server.BaseAddress, nameof(The_pair_page_shows_the_end_of_a_document_number_sent_in_the_clear) + language, async page =>
        {
            // Given: a Polish registration that came with a passport number in the clear
            var (_, candidate) = Seed("PL-WEB-DOCUMENT", "fp 12-3k56");
            await Pages.SignInAsync(page, server.Account(Roles.Ind).UserName);

            // When
            await page.GotoAsync($"/link-candidates/{candidate.Id}?lang={language}");

            // Then: the last three characters of the number on the other side, and that the registry keeps none, never "not known"
            var row = page.Locator("table[data-table='records'] tbody tr").Nth(5);
            await Assertions.Expect(row).ToContainTextAsync(end);
            await Assertions.Expect(row).ToContainTextAsync(registry);
            await Assertions.Expect(row).Not.ToContainTextAsync("12-3");
        });

    [Fact]
    public Task A_case_worker_without_the_role_gets_the_forbidden_page_and_no_menu_entry() =>
        browser.OnPage(server.BaseAddress, nameof(A_case_worker_without_the_role_gets_the_forbidden_page_and_no_menu_entry), async page =>
        {
            // Given
            var (_, candidate) = Seed("PL-WEB-FORBIDDEN");
            await Pages.SignInAsync(page, Callers.UserName(server, Who.CaseWorkerOwn));

            // When
            var list = await page.GotoAsync("/link-candidates");

            // Then
            Assert.Equal(403, list!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Geen toegang");
            await Assertions.Expect(page.Locator(".overgang-nav a[href='/link-candidates']")).ToHaveCountAsync(0);
            var pair = await page.GotoAsync($"/link-candidates/{candidate.Id}");
            Assert.Equal(403, pair!.Status);
            var confirmation = await page.GotoAsync($"/link-candidates/{candidate.Id}/decision?decision=same-person&version={candidate.Version}");
            Assert.Equal(403, confirmation!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(candidate.ForeignFamilyName!);
        });

    /// <summary>With OVERGANG_SCREENSHOTS=1, a full-page screenshot in the screenshot folder.</summary>
    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("OVERGANG_SCREENSHOTS") == "1")
        {
            Directory.CreateDirectory(Support.Browser.ScreenshotFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Support.Browser.ScreenshotFolder, "link-review-" + name + ".png"), FullPage = true });
        }
    }


    private (Person Person, LinkCandidate Candidate) Seed(string foreignId, string? document = null) => Seed(server, foreignId, document);

    /// <summary>A registry person (with a Cyrillic name, in no other test's household, in no pair yet) and a Polish registration of them, linked into the queue.</summary>
    internal static (Person Person, LinkCandidate Candidate) Seed(WebServer server, string foreignId, string? document = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var context = server.Database.Open();
        var existing = context.LinkCandidates.AsNoTracking().SingleOrDefault(c => c.ForeignRecordId == foreignId);
        if (existing is not null)
        {
            return (context.Persons.AsNoTracking().Single(p => p.Id == existing.PersonId), existing);
        }

        var twice = context.Protections.AsNoTracking().Where(p => p.MemberState != "NL").Select(p => p.PersonId).ToHashSet(StringComparer.Ordinal);
        var paired = context.LinkCandidates.AsNoTracking().Select(c => c.PersonId).ToHashSet(StringComparer.Ordinal);
        var used = server.Accounts.Where(a => a.Role == Roles.Person).Select(a => a.Scope).ToHashSet(StringComparer.Ordinal);
        var households = context.Persons.AsNoTracking().Where(p => used.Contains(p.Id)).Select(p => p.HouseholdId).ToHashSet(StringComparer.Ordinal);
        var person = context.Persons.AsNoTracking().OrderByDescending(p => p.Id).AsEnumerable()
            .First(p => p.FamilyNameCyrillic is not null && !twice.Contains(p.Id) && !paired.Contains(p.Id) && !households.Contains(p.HouseholdId) && p.BirthDate.Year < 1990);
        var record = new LinkRecord(foreignId, Transliteration.Render(person.FamilyNameCyrillic!, TransliterationSystem.Polish),
            Transliteration.Render(person.GivenNameCyrillic!, TransliterationSystem.Polish), LinkDate.From(person.BirthDate), person.Sex, null, document);
        LinkageRun.AgainstFile(context, [new IncomingRegistration(foreignId, "PL", new LocalDate(2022, 5, 2), record, null)], null, LinkageParameters.Default, "pl.csv", "system:link", server.Clock.GetCurrentInstant(), seed: 1);
        return (person, context.LinkCandidates.AsNoTracking().Single(c => c.ForeignRecordId == foreignId));
    }
}
