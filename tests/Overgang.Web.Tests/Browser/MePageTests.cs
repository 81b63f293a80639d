using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NodaTime;
using Overgang.Letters;
using Overgang.Registry.Runs;
using Overgang.Testing;
using Overgang.Web.Languages;
using Overgang.Web.SelfService;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

/// <summary>
/// <c>/me</c> made something a person can act on (issue 15): the decision in plain words, the letter, payments, the
/// household, sourced contacts, reporting a change that reaches the municipality's case worker, and the contacts an
/// administrator edits.
/// </summary>
[Collection(BrowserFixtures.Name)]
public sealed class MePageTests(WebServer server, Support.Browser browser)
{
    [Theory]
    [InlineData("nl", "genomen op", "Besluit van ")]
    [InlineData("uk", "ухвалене", "Рішення від ")]
    [InlineData("en", "made on", "Decision of ")]
    public Task The_page_tells_the_decision_with_its_dates_the_payments_household_and_contacts_and_fits_390_px(string language, string madeOn, string futurePhrase) =>
        browser.OnPage(server.BaseAddress, nameof(The_page_tells_the_decision_with_its_dates_the_payments_household_and_contacts_and_fits_390_px) + "-" + language, async page =>
        {
            // Given
            var account = server.Account(Roles.Person);
            Assert.True(LetterDates.TryParse(language, out var lang));
            using var context = server.Database.Open();
            var person = context.Persons.AsNoTracking().Single(p => p.Id == account.Scope);
            var decisionRun = context.Runs.AsNoTracking().Where(r => r.Kind == RunKinds.Decisions).OrderByDescending(r => r.Id).First();
            var made = (decisionRun.FinishedAt ?? decisionRun.StartedAt).InZone(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).Date;
            var decision = context.Decisions.AsNoTracking().Where(d => d.PersonId == person.Id).OrderByDescending(d => d.RunId).First();
            Assert.True(decision.Date > made, "the test needs a decision for a day after the one it was made on");
            var payment = context.Payments.AsNoTracking().Where(p => p.HouseholdId.StartsWith(person.HouseholdId + "#")).OrderBy(p => p.HouseholdId).First();
            await Pages.SignInAsync(page, account.UserName);
            await page.SetViewportSizeAsync(390, 844);

            // When
            await page.GotoAsync("/me?lang=" + language);

            // Then: the decision is "for" its day and "made on" the run's day, never "of" a day still to come
            var main = page.Locator("main");
            await Assertions.Expect(page.Locator("[data-decision-date]")).ToContainTextAsync(LetterDates.Format(decision.Date, lang));
            await Assertions.Expect(page.Locator("[data-decision-date]")).ToContainTextAsync(madeOn + " " + LetterDates.Format(made, lang));
            await Assertions.Expect(main).Not.ToContainTextAsync(futurePhrase);

            // the month run's stored payment
            var row = page.Locator($"table[data-payments] tr[data-month='{WebServer.Today.ToYearMonth():yyyy-MM}']");
            await Assertions.Expect(row.Locator("[data-amount='allowance']")).ToHaveTextAsync(Numbers.Euros(payment.AllowanceCents, lang));

            // the household, with the stored Cyrillic name on the Ukrainian page
            await Assertions.Expect(page.Locator("table[data-members] tbody tr").First).ToContainTextAsync(OwnLetter.FullName(person, lang));

            // contacts with a phone from the sourced files, at most two marked
            var municipality = page.Locator("li[data-contact='municipality']");
            var file = ContactDirectory.Municipalities[person.MunicipalityCode];
            var stored = context.MunicipalityContacts.AsNoTracking().SingleOrDefault(c => c.MunicipalityCode == person.MunicipalityCode);
            await Assertions.Expect(municipality.Locator("[data-field='phone']")).ToHaveTextAsync(stored?.Phone ?? file.Phone.Value!);
            await Assertions.Expect(page.Locator("li[data-contact='ind'] [data-field='phone']")).ToHaveTextAsync("088 043 0430 (+31 88 043 0430)");
            await Assertions.Expect(page.Locator("li[data-contact='ind'] [data-field='address']")).ToHaveTextAsync("Postbus 17, 9560 AA Ter Apel");
            Assert.InRange(await page.Locator(".overgang-route .overgang-relevant").CountAsync(), 1, 2);

            // no English on the other pages, the greeting in the vocative or without a name
            if (language == "uk")
            {
                var vocative = UkrainianVocative.Of(person.GivenNameCyrillic);
                await Assertions.Expect(page.Locator(".overgang-lead")).ToContainTextAsync(vocative is null ? "Вітаємо!" : $"Вітаємо, {vocative}!");
                await Assertions.Expect(main).Not.ToContainTextAsync(new System.Text.RegularExpressions.Regex("громад(а|и|і|у|ою)(?![а-яіїєґ])"));
                await Assertions.Expect(main).Not.ToContainTextAsync(new System.Text.RegularExpressions.Regex("[а-яіїєґ]'[а-яіїєґ]"));

                // an open check is the IND's to complete, not a condition "not passed"
                if (context.Tasks.AsNoTracking().Any(t => t.RunId == decision.RunId && t.PersonId == person.Id && t.Kind == "action" && t.Owner == "ind" && t.Status == "open"))
                {
                    await Assertions.Expect(page.Locator("[data-conditions='open'] [data-owner='ind']").First).ToContainTextAsync("Ще має завершити IND:");
                    await Assertions.Expect(main).Not.ToContainTextAsync("не пройдено");
                }
            }

            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);
        });

    [Fact]
    public Task A_person_reports_a_change_and_the_municipality_case_worker_sees_it_as_written() =>
        browser.OnPage(server.BaseAddress, nameof(A_person_reports_a_change_and_the_municipality_case_worker_sees_it_as_written), async page =>
        {
            // Given: the third demo person (no other test reports for them)
            var account = server.Accounts.Where(a => a.Role == Roles.Person).ElementAt(2);
            using var context = server.Database.Open();
            var person = context.Persons.AsNoTracking().Single(p => p.Id == account.Scope);
            var caseWorker = server.Accounts.First(a => a.Role == Roles.CaseWorker && a.Scope.StartsWith(person.MunicipalityCode, StringComparison.Ordinal));
            var text = "Wij verhuizen op 1 januari naar Kerkstraat 5 <b>bold</b> & co";
            var before = ApiAssert.AuditCount(server, "person.report-change", "person:" + person.Id, "person:" + account.UserName);
            await Pages.SignInAsync(page, account.UserName);
            await page.SetViewportSizeAsync(390, 844);

            // When: sent empty, the error summary names both fields
            await page.GotoAsync("/me?lang=uk");
            await page.GetByRole(AriaRole.Link, new() { Name = "Повідомити про зміну" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Повідомити про зміну");
            await Accessibility.AssertNoViolations(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Надіслати" }).ClickAsync();
            var summary = page.Locator(".overgang-error-summary");
            await Assertions.Expect(summary).ToContainTextAsync("Оберіть, що змінилося.");
            await Assertions.Expect(summary).ToContainTextAsync("Напишіть, що ви хочете повідомити.");
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);

            // When: filled in
            await page.GetByLabel("Нова адреса").CheckAsync();
            await page.Locator("#text").FillAsync(text);
            await page.GetByRole(AriaRole.Button, new() { Name = "Надіслати" }).ClickAsync();

            // Then: a confirmation, an audit entry, and the case worker's household page shows it as text
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Повідомлення отримано");
            await Assertions.Expect(page.Locator("[data-text='reported']")).ToHaveTextAsync(text);
            await Accessibility.AssertNoViolations(page);
            Assert.Equal(before + 1, ApiAssert.AuditCount(server, "person.report-change", "person:" + person.Id, "person:" + account.UserName));

            await page.Context.ClearCookiesAsync();
            await Pages.SignInAsync(page, caseWorker.UserName);
            await page.GotoAsync("/households/" + person.HouseholdId);
            var cell = page.Locator("table[data-reported-changes] [data-text='reported']").Last;
            await Assertions.Expect(cell).ToHaveTextAsync(text);
            await Assertions.Expect(cell.Locator("b")).ToHaveCountAsync(0);
            await Accessibility.AssertNoViolations(page);
        });

    [Fact]
    public async Task A_case_worker_of_another_municipality_does_not_see_a_reported_change()
    {
        // Given: a change reported by the first person
        var account = server.Account(Roles.Person);
        using var context = server.Database.Open();
        var person = context.Persons.AsNoTracking().Single(p => p.Id == account.Scope);
        var log = (Overgang.Web.Audit.AccessLog)server.Services.GetService(typeof(Overgang.Web.Audit.AccessLog))!;
        var reported = await ReportedChanges.ReportAsync(context, log, server.Clock, new Caller(account.UserName, Roles.Person, null, person.Id), "income", "Ik werk sinds deze maand", LetterLanguage.Dutch, CancellationToken.None);
        Assert.IsType<Overgang.Web.Cases.CaseResult<Overgang.Registry.Model.ReportedChange>.Ok>(reported);
        var own = server.Accounts.First(a => a.Role == Roles.CaseWorker && a.Scope.StartsWith(person.MunicipalityCode, StringComparison.Ordinal));
        var other = server.Accounts.First(a => a.Role == Roles.CaseWorker && !a.Scope.StartsWith(person.MunicipalityCode, StringComparison.Ordinal));

        // When
        var seenByOwn = await ReportedChanges.OpenForHouseholdAsync(context, new Caller(own.UserName, Roles.CaseWorker, person.MunicipalityCode, null), person.HouseholdId, CancellationToken.None);
        var seenByOther = await ReportedChanges.OpenForHouseholdAsync(context, new Caller(other.UserName, Roles.CaseWorker, other.Scope.Split(' ')[0], null), person.HouseholdId, CancellationToken.None);
        var seenByPerson = await ReportedChanges.OpenForHouseholdAsync(context, new Caller(account.UserName, Roles.Person, null, person.Id), person.HouseholdId, CancellationToken.None);

        // Then
        Assert.Contains(seenByOwn, c => c.Text == "Ik werk sinds deze maand");
        Assert.Empty(seenByOther);
        Assert.Empty(seenByPerson);
    }

    [Fact]
    public async Task The_letter_downloads_as_a_pdf_in_the_language_asked_for_and_is_audited()
    {
        // Given: Chromium from Debian's chromium package (./test.sh installs it)
        if (ChromiumPdfRenderer.FindChromium() is null)
        {
            Assert.Fail(ChromiumRequirement.Missing);
        }

        var account = server.Account(Roles.Person);
        using var client = await server.SignedIn(account.UserName);
        var before = ApiAssert.AuditCount(server, "person.letter", "person:" + account.Scope, "person:" + account.UserName);

        // When
        using var response = await client.GetAsync(new Uri("/api/v1/me/letter?lang=uk", UriKind.Relative));

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        Assert.Equal(before + 1, ApiAssert.AuditCount(server, "person.letter", "person:" + account.Scope, "person:" + account.UserName));
    }

    [Fact]
    public async Task The_letter_as_a_web_page_is_the_callers_own_in_their_language()
    {
        // Given: two persons
        var persons = server.Accounts.Where(a => a.Role == Roles.Person).Take(2).ToList();
        using var context = server.Database.Open();
        var first = context.Persons.AsNoTracking().Single(p => p.Id == persons[0].Scope);
        var second = context.Persons.AsNoTracking().Single(p => p.Id == persons[1].Scope);
        using var client = await server.SignedIn(persons[1].UserName);

        // When: the second asks for "the letter" (there is no way to name another person)
        using var response = await client.GetAsync(new Uri("/api/v1/me/letter?lang=uk&format=html", UriKind.Relative));

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"uk\"", html, StringComparison.Ordinal);
        Assert.Contains(OwnLetter.FullName(second, LetterLanguage.Ukrainian), html, StringComparison.Ordinal);
        Assert.DoesNotContain(OwnLetter.FullName(first, LetterLanguage.Ukrainian), html, StringComparison.Ordinal);
        using var unknown = await client.GetAsync(new Uri("/api/v1/me/letter?format=docx", UriKind.Relative));
        await ApiAssert.ProblemAsync(unknown, HttpStatusCode.BadRequest, "format");
    }

    [Fact]
    public Task An_administrators_edit_of_a_municipality_contact_is_audited_and_shown_on_the_persons_page() =>
        browser.OnPage(server.BaseAddress, nameof(An_administrators_edit_of_a_municipality_contact_is_audited_and_shown_on_the_persons_page), async page =>
        {
            // Given: a person of the second municipality with an account of their own (no other test reads its contacts)
            var code = server.Accounts.Where(a => a.Role == Roles.CaseWorker).ElementAt(1).Scope.Split(' ')[0];
            using var context = server.Database.Open();
            var person = context.Persons.AsNoTracking().Where(p => p.MunicipalityCode == code && p.BirthDate < new LocalDate(2000, 1, 1)).OrderBy(p => p.Id).First();
            var userName = server.CreateAccount("persoon-contact-" + code.ToLowerInvariant(), Roles.Person, person: person.Id);
            var admin = server.Account(Roles.Admin);
            var before = ApiAssert.AuditCount(server, "municipality.contact", "municipality:" + code, "admin:" + admin.UserName);
            await Pages.SignInAsync(page, admin.UserName);

            // When: the administrator records a phone number and address with their source
            await page.GotoAsync("/admin/contacts?municipality=" + code);
            await Accessibility.AssertNoViolations(page);
            await page.Locator("#phone").FillAsync("14 099");
            await page.Locator("#address").FillAsync("Stadhuisplein 1, 1000 AA Ergens");
            await page.Locator("#source").FillAsync("test: the municipality's letter of 22 November 2026");
            await page.Locator("main form[method='post'] button[type='submit']").ClickAsync();

            // Then
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
            Assert.Equal(before + 1, ApiAssert.AuditCount(server, "municipality.contact", "municipality:" + code, "admin:" + admin.UserName));
            await page.Context.ClearCookiesAsync();
            await Pages.SignInAsync(page, userName);
            await page.GotoAsync("/me?lang=en");
            var municipality = page.Locator("li[data-contact='municipality']");
            await Assertions.Expect(municipality.Locator("[data-field='phone']")).ToHaveTextAsync("14 099");
            await Assertions.Expect(municipality.Locator("[data-field='address']")).ToHaveTextAsync("Stadhuisplein 1, 1000 AA Ergens");
        });

    [Fact]
    public Task The_admin_contact_form_names_a_missing_source_in_the_error_summary() =>
        browser.OnPage(server.BaseAddress, nameof(The_admin_contact_form_names_a_missing_source_in_the_error_summary), async page =>
        {
            var code = server.Accounts.Where(a => a.Role == Roles.CaseWorker).ElementAt(2).Scope.Split(' ')[0];
            await Pages.SignInAsync(page, server.Account(Roles.Admin).UserName);
            await page.SetViewportSizeAsync(390, 844);
            await page.GotoAsync($"/admin/contacts?municipality={code}&lang=uk");
            await page.Locator("#website").FillAsync("http://example.org");
            await page.Locator("#source").FillAsync("");
            await page.Locator("main form[method='post'] button[type='submit']").ClickAsync();
            var summary = page.Locator(".overgang-error-summary");
            await Assertions.Expect(summary).ToContainTextAsync("Зазначте джерело цих даних.");
            await Assertions.Expect(summary).ToContainTextAsync("https://");
            await Accessibility.AssertNoViolations(page);
            await Viewport.AssertFitsAsync(page);
        });
}
