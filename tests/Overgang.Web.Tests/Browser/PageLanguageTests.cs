using Microsoft.Playwright;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

/// <summary>
/// The page language check (<see cref="PageLanguage"/>) on every page that has been brought into its three languages:
/// a page listed here holds no text outside its language, no internal id and no ISO date, in Dutch, Ukrainian and
/// English. A page joins the list when its texts are complete.
/// </summary>
[Collection(BrowserFixtures.Name)]
public sealed class PageLanguageTests(WebServer server, Support.Browser browser)
{
    public static TheoryData<string?, string, string> Pages_in_every_language()
    {
        string?[][] pages =
        [
            [null, "/sign-in"],
            [null, "/calculator"],
            [null, "/calculator/path"],
            [Roles.Person, "/me/change"],
            [Roles.Analyst, "/analysis"],
            [Roles.Analyst, "/analysis/projections"],
            [Roles.Analyst, "/analysis/projections/ceasefire"],
            [Roles.Analyst, "/analysis/monitor"],
            [Roles.Analyst, "/analysis/monitor/scores/2025-06"],
            [Roles.Analyst, "/analysis/reforms"],
            [Roles.Analyst, "/analysis/costs"],
            [Roles.Admin, "/admin/contacts"],
            [Roles.Person, "/me"],
            [Roles.CaseWorker, "/"],
            [Roles.CaseWorker, "/households"],
            [Roles.CaseWorker, "/locations"],
            [Roles.Ind, "/link-candidates"],
            [Roles.Ind, "/transitional-stays"],
            [Roles.Ind, "/work-queue"],
            [Roles.Ind, "/work-queue?owner=person"],
            [Roles.CaseWorker, "/work-queue?owner=municipality"],
            [Roles.Analyst, "/"],
            [Roles.Admin, "/"],
            [Roles.Departure, "/return-programme"],
            [Roles.Departure, "/"],
            [Roles.Ind, "/"],
            [null, "/complaints"],
            [Roles.Analyst, "/analysis/reception"],
            [Roles.CaseWorker, "/households/" + CaseFileTargets.Placeholder],
            [Roles.CaseWorker, "/persons/" + CaseFileTargets.PersonPlaceholder + "/edit/placement"],
            [Roles.CaseWorker, "/persons/" + CaseFileTargets.PersonPlaceholder + "/edit"],
            [Roles.Analyst, "/analysis/reforms/" + CaseFileTargets.ReformJob],
            [Roles.CaseWorker, "/locations/" + CaseFileTargets.Location],
            [Roles.CaseWorker, "/locations/" + CaseFileTargets.Location + "/complaints/new"],
            [Roles.CaseWorker, "/locations/" + CaseFileTargets.Location + "/inspections/new"],
            [Roles.Ind, "/link-candidates/" + CaseFileTargets.LinkCandidate],
            [Roles.Ind, "/link-candidates/" + CaseFileTargets.LinkCandidate + "/decision?decision=same-person"],
            [Roles.Departure, "/return-programme/persons/" + CaseFileTargets.ReturnPerson],
            [Roles.Ind, "/transitional-stays/" + CaseFileTargets.StayPerson],
            [Roles.CaseWorker, "/not-found"],
            [Roles.CaseWorker, "/forbidden"],
        ];
        var data = new TheoryData<string?, string, string>();
        foreach (var page in pages)
        {
            foreach (var language in new[] { "nl", "uk", "en" })
            {
                data.Add(page[0], page[1]!, language);
            }
        }

        // Search results, with the query in the script a user of the language would type.
        data.Add(Roles.CaseWorker, "/households?q=Kovalenko", "nl");
        data.Add(Roles.CaseWorker, "/households?q=Коваленко&sort=-birthDate", "uk");
        data.Add(Roles.CaseWorker, "/households?q=Kovalenko&sort=birthDate&page=2", "en");
        return data;
    }

    /// <summary>The pages with an id in their route (and the fixed error pages), resolved by <see cref="CaseFileTargets"/>: also checked with axe and at 390 px, in every language.</summary>
    public static TheoryData<string, string, string> Pages_with_an_id()
    {
        string[][] pages =
        [
            [Roles.Analyst, "/analysis/reforms/" + CaseFileTargets.ReformJob],
            [Roles.CaseWorker, "/locations/" + CaseFileTargets.Location],
            [Roles.CaseWorker, "/locations/" + CaseFileTargets.Location + "/complaints/new"],
            [Roles.CaseWorker, "/locations/" + CaseFileTargets.Location + "/inspections/new"],
            [Roles.Ind, "/link-candidates/" + CaseFileTargets.LinkCandidate],
            [Roles.Ind, "/link-candidates/" + CaseFileTargets.LinkCandidate + "/decision?decision=same-person"],
            [Roles.Departure, "/return-programme/persons/" + CaseFileTargets.ReturnPerson],
            [Roles.Ind, "/transitional-stays/" + CaseFileTargets.StayPerson],
            [Roles.CaseWorker, "/not-found"],
            [Roles.CaseWorker, "/forbidden"],
        ];
        var data = new TheoryData<string, string, string>();
        foreach (var page in pages)
        {
            foreach (var language in new[] { "nl", "uk", "en" })
            {
                data.Add(page[0], page[1], language);
            }
        }

        return data;
    }

    /// <summary>
    /// Pages known to scroll sideways at 390 px (an open defect, not a rule): the Dutch return-programme person page is
    /// 430 px wide (something below the steps table that does not wrap); remove the entry when it is fixed.
    /// </summary>
    private static readonly HashSet<string> NotYetNarrow = new(StringComparer.Ordinal) { "/return-programme/persons/" + CaseFileTargets.ReturnPerson + " nl" };

    /// <summary>The names of organisations on the contact pages: proper names, written as the organisations write them.</summary>
    private static readonly string[] Organisations = ["VluchtelingenWerk Nederland", "Bertelsmann"];

    [Theory]
    [MemberData(nameof(Pages_in_every_language))]
    public Task A_page_holds_only_text_of_its_language(string? role, string path, string language) =>
        browser.OnPage(server.BaseAddress, $"{nameof(A_page_holds_only_text_of_its_language)}-{role}-{Artefact(path)}-{language}", async page =>
        {
            if (role is not null)
            {
                await Pages.SignInAsync(page, server.Account(role).UserName);
            }

            var target = CaseFileTargets.Resolve(server, path);
            await page.GotoAsync($"{target}{(target.Contains('?', StringComparison.Ordinal) ? '&' : '?')}lang={language}");

            await PageLanguage.AssertAsync(page, language, [.. server.Names, .. Organisations]);
        });

    [Theory]
    [MemberData(nameof(Pages_with_an_id))]
    public Task A_page_with_an_id_is_accessible_and_fits_390_px(string role, string path, string language) =>
        browser.OnPage(server.BaseAddress, $"{nameof(A_page_with_an_id_is_accessible_and_fits_390_px)}-{role}-{Artefact(path)}-{language}", async page =>
        {
            await Pages.SignInAsync(page, server.Account(role).UserName);
            await page.SetViewportSizeAsync(390, 844);
            var target = CaseFileTargets.Resolve(server, path);
            await page.GotoAsync($"{target}{(target.Contains('?', StringComparison.Ordinal) ? '&' : '?')}lang={language}");

            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            await Accessibility.AssertNoViolations(page);
            if (!NotYetNarrow.Contains($"{path} {language}"))
            {
                await Viewport.AssertFitsAsync(page);
            }
        });

    private static string Artefact(string path) => new([.. path.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
}
