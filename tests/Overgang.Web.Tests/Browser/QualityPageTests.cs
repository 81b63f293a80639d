using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

/// <summary>Issue 16: reception quality on the location page, the inspection and complaint forms, the ministry's page and the public complaints page.</summary>
[Collection(BrowserFixtures.Name)]
public sealed class QualityPageTests(WebServer server, Support.Browser browser)
{
    [Fact]
    public Task A_case_worker_records_an_inspection_with_a_criterion_not_met_and_sees_the_task_and_the_status_change() =>
        browser.OnPage(server.BaseAddress, nameof(A_case_worker_records_an_inspection_with_a_criterion_not_met_and_sees_the_task_and_the_status_change), async page =>
        {
            // Given: a location of the case worker's municipality whose mandatory criterion is not (yet) found not met
            var account = server.Account(Roles.CaseWorker);
            var id = LocationWithoutMandatoryFailure(account.Scope.Split(' ')[0]);
            await Pages.SignInAsync(page, account.UserName);
            await page.GotoAsync($"/locations/{id}");
            await Assertions.Expect(page.Locator("[data-status='mandatory']")).Not.ToHaveTextAsync("Voldoet niet");
            await Assertions.Expect(page.Locator("[data-task='rooo.education']")).ToHaveCountAsync(0);

            // When: an inspection today finds the education criterion not met and the complaints criterion met
            await page.GetByRole(AriaRole.Link, new() { Name = "Inspectie vastleggen" }).ClickAsync();
            await Accessibility.AssertNoViolations(page);
            await page.GetByLabel("Datum van de inspectie (verplicht)").FillAsync(Iso(server.Clock));
            await page.GetByLabel("Uitgevoerd door (verplicht)").FillAsync("Gemeente, team opvang");
            await page.Locator("[data-criterion='rooo.education']").GetByLabel("Niet voldaan").CheckAsync();
            await page.Locator("[data-criterion='aef.complaints-procedure']").GetByLabel("Voldaan", new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

            // Then: back on the location, the status and the task changed, and the change is audited
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/locations/{id}"));
            await Assertions.Expect(page.Locator("[data-status='mandatory']")).ToHaveTextAsync("Voldoet niet");
            await Assertions.Expect(page.Locator("tr[data-criterion='rooo.education'] [data-result]")).ToHaveTextAsync("Niet voldaan");
            await Assertions.Expect(page.Locator("[data-task='rooo.education']")).ToContainTextAsync("Uiterlijk");
            await Accessibility.AssertNoViolations(page);
            await page.SetViewportSizeAsync(390, 844);
            await Viewport.AssertFitsAsync(page);
            using var context = server.Database.Open();
            Assert.True(context.Audit.AsNoTracking().Any(a => a.Action == "inspection.create" && a.Subject == "location:" + id));
        });

    [Fact]
    public Task The_inspection_form_refuses_no_findings_naming_the_field_and_stores_nothing() =>
        browser.OnPage(server.BaseAddress, nameof(The_inspection_form_refuses_no_findings_naming_the_field_and_stores_nothing), async page =>
        {
            var account = server.Account(Roles.CaseWorker);
            var id = LocationWithoutMandatoryFailure(account.Scope.Split(' ')[0]);
            var yesterday = WebServerToday(server.Clock).PlusDays(-1);
            await Pages.SignInAsync(page, account.UserName);
            await page.GotoAsync($"/locations/{id}/inspections/new?lang=en");

            await page.GetByLabel("Date of the inspection (required)").FillAsync(yesterday.ToString("yyyy-MM-dd", null));
            await page.GetByLabel("Carried out by (required)").FillAsync("Municipal team");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Choose for at least one criterion");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "#finding-0-met");
            await Accessibility.AssertNoViolations(page);
            using var context = server.Database.Open();
            Assert.False(context.Inspections.AsNoTracking().Any(i => i.LocationId == id && i.InspectedOn == yesterday));
            await page.GotoAsync("/locations?lang=nl");
        });

    [Fact]
    public Task A_case_worker_records_a_complaint_in_Ukrainian_and_sees_it_with_its_handling() =>
        browser.OnPage(server.BaseAddress, nameof(A_case_worker_records_a_complaint_in_Ukrainian_and_sees_it_with_its_handling), async page =>
        {
            var account = server.Account(Roles.CaseWorker);
            var id = LocationWithQualityData(account.Scope.Split(' ')[0]);
            await Pages.SignInAsync(page, account.UserName);
            await page.GotoAsync($"/locations/{id}/complaints/new");

            await page.GetByLabel("Ontvangen op (verplicht)").FillAsync(Iso(server.Clock));
            await page.GetByLabel("Onderwerp (verplicht)").SelectOptionAsync("facilities");
            await page.GetByLabel("Taal van de klacht (verplicht)").SelectOptionAsync("uk");
            await page.GetByLabel("De klacht (verplicht, ten hoogste 2000 tekens)").FillAsync("Душ не працює вже тиждень.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

            await Assertions.Expect(page.Locator("[data-table='complaints']")).ToContainTextAsync("Душ не працює вже тиждень.");
            await Assertions.Expect(page.Locator("[data-table='complaints']")).ToContainTextAsync("Ontvangen");
            await Accessibility.AssertNoViolations(page);
        });

    [Theory]
    [InlineData("nl")]
    [InlineData("uk")]
    [InlineData("en")]
    public Task The_location_quality_pages_hold_only_text_of_their_language(string language) =>
        browser.OnPage(server.BaseAddress, $"{nameof(The_location_quality_pages_hold_only_text_of_their_language)}-{language}", async page =>
        {
            var account = server.Account(Roles.CaseWorker);
            var id = LocationWithQualityData(account.Scope.Split(' ')[0]);
            await Pages.SignInAsync(page, account.UserName);
            foreach (var path in new[] { $"/locations/{id}", $"/locations/{id}/inspections/new", $"/locations/{id}/complaints/new" })
            {
                await page.GotoAsync($"{path}?lang={language}");
                await PageLanguage.AssertAsync(page, language, server.Names);
            }

            await page.GotoAsync($"/locations/{id}?lang={language}");
            await Accessibility.AssertNoViolations(page);
            await page.SetViewportSizeAsync(390, 844);
            await Viewport.AssertFitsAsync(page);
        });

    [Fact]
    public Task The_analyst_sees_figures_per_municipality_and_no_person_data() =>
        browser.OnPage(server.BaseAddress, nameof(The_analyst_sees_figures_per_municipality_and_no_person_data), async page =>
        {
            // Given
            List<string> texts, persons;
            string location;
            using (var context = server.Database.Open())
            {
                texts = context.Complaints.AsNoTracking().Select(c => c.Text).ToList();
                persons = context.Persons.AsNoTracking().OrderBy(p => p.Id).Take(200).Select(p => p.FamilyName).ToList();
                location = context.Complaints.AsNoTracking().Select(c => c.LocationId).First();
            }

            await Pages.SignInAsync(page, server.Account(Roles.Analyst).UserName);

            // When
            await page.GotoAsync("/analysis/reception");

            // Then
            await Assertions.Expect(page.Locator("[data-table='quality'] tbody tr").First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-table='complaints'] tbody tr").First).ToBeVisibleAsync();
            var body = await page.Locator("main").InnerTextAsync();
            Assert.NotEmpty(texts);
            Assert.All(texts, t => Assert.DoesNotContain(t, body, StringComparison.Ordinal));
            Assert.All(persons, p => Assert.DoesNotMatch($@"\b{System.Text.RegularExpressions.Regex.Escape(p)}\b", body));
            Assert.DoesNotMatch(@"GM\d{4}", body);
            await Accessibility.AssertNoViolations(page);
            await page.SetViewportSizeAsync(390, 844);
            await Viewport.AssertFitsAsync(page);

            // and the location page shows the analyst no quality section (no complaint texts)
            await page.GotoAsync($"/locations/{location}");
            await Assertions.Expect(page.Locator("#quality")).ToHaveCountAsync(0);
        });

    [Fact]
    public Task The_public_complaints_page_needs_no_account_and_is_linked_from_the_own_page() =>
        browser.OnPage(server.BaseAddress, nameof(The_public_complaints_page_needs_no_account_and_is_linked_from_the_own_page), async page =>
        {
            var response = await page.GotoAsync("/complaints?lang=uk");
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Скарга на місце розміщення");
            await Accessibility.AssertNoViolations(page);
            await page.SetViewportSizeAsync(390, 844);
            await Viewport.AssertFitsAsync(page);

            await page.SetViewportSizeAsync(1280, 800);
            await page.GotoAsync("/complaints?lang=nl");
            await Pages.SignInAsync(page, server.Account(Roles.Person).UserName);
            await page.GotoAsync("/me");
            await page.GetByRole(AriaRole.Link, new() { Name = "Een klacht over uw opvanglocatie" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Een klacht over uw opvanglocatie");
        });

    private static NodaTime.LocalDate WebServerToday(NodaTime.IClock clock) => Overgang.Rules.LegalDay.Today(clock);

    private static string Iso(NodaTime.IClock clock) => WebServerToday(clock).ToString("yyyy-MM-dd", null);

    /// <summary>A municipal location of the municipality without a not-met finding of a mandatory criterion, nor an inspection today.</summary>
    private string LocationWithoutMandatoryFailure(string municipality)
    {
        using var context = server.Database.Open();
        var failing = context.InspectionFindings.AsNoTracking().Where(f => f.Result == "not-met" && f.CriterionId.StartsWith("rooo.")).Select(f => f.LocationId).ToHashSet();
        return context.Locations.AsNoTracking().Where(l => l.MunicipalityCode == municipality && l.Kind != "coa" && l.Closed == null).OrderBy(l => l.Id).Select(l => l.Id).AsEnumerable()
            .First(l => !failing.Contains(l));
    }

    /// <summary>A location of the municipality with an inspection and a complaint, so that every section shows rows.</summary>
    private string LocationWithQualityData(string municipality)
    {
        using var context = server.Database.Open();
        QualityTargets.Ensure(context, context.Locations.AsNoTracking().Where(l => l.MunicipalityCode == municipality).OrderBy(l => l.Id).Select(l => l.Id).First());
        var inspected = context.Inspections.AsNoTracking().Select(i => i.LocationId).ToHashSet();
        var complained = context.Complaints.AsNoTracking().Select(c => c.LocationId).ToHashSet();
        var own = context.Locations.AsNoTracking().Where(l => l.MunicipalityCode == municipality).OrderBy(l => l.Id).Select(l => l.Id).ToList();
        return own.FirstOrDefault(l => inspected.Contains(l) && complained.Contains(l)) ?? own.First(complained.Contains);
    }
}
