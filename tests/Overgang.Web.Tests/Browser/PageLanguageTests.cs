using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

/// <summary>
/// The page language check (<see cref="PageLanguage"/>) on every page that has been brought into its three languages:
/// a page listed here holds no text outside its language, no internal id and no ISO date, in Dutch, Ukrainian and
/// English, and fits a 390 px phone with no accessibility violation. A page joins the list when its texts are complete.
/// </summary>
[Collection(PageFixtures.Name)]
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
            [Roles.CaseWorker, "/persons/" + CaseFileTargets.PersonPlaceholder + "/edit/relations"],
            [Roles.CaseWorker, "/persons/" + CaseFileTargets.PersonPlaceholder + "/decide"],
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

    /// <summary>The names of organisations on the contact pages: proper names, written as the organisations write them.</summary>
    private static readonly string[] Organisations = ["VluchtelingenWerk Nederland", "Bertelsmann"];

    /// <summary>
    /// One visit per page and language checks both: the page holds only text of its language (<see cref="PageLanguage"/>),
    /// and on a 390 px phone (issue 14, item 2) it does not scroll sideways, all its text is in the theme's font stack (a
    /// chart's SVG, a picture laid out with its own font, aside), no heading's lines are closer than its letters are high (a
/// wrapped title must not run its lines into each other), every table sits in a container that scrolls it, no
    /// native control lacks its NL Design System class, and axe finds no violation.
    /// </summary>
    [Theory]
    [MemberData(nameof(Pages_in_every_language))]
    public Task A_page_holds_only_text_of_its_language_and_fits_a_phone(string? role, string path, string language) =>
        browser.OnPage(server.BaseAddress, $"{nameof(PageLanguageTests)}-{role}-{Artefact(path)}-{language}", async page =>
        {
            await page.SetViewportSizeAsync(390, 844);
            if (role is not null)
            {
                await Pages.SignInAsync(page, server.Account(role).UserName);
            }

            var target = CaseFileTargets.Resolve(server, path);
            await page.GotoAsync($"{target}{(target.Contains('?', StringComparison.Ordinal) ? '&' : '?')}lang={language}");

            await PageLanguage.AssertAsync(page, language, [.. server.Names, .. Organisations]);
            if (Environment.GetEnvironmentVariable("OVERGANG_SCREENSHOTS") is { Length: > 0 })
            {
                // For looking at the pages by eye: OVERGANG_SCREENSHOTS=1 keeps a full-page picture of each, at 390 and 1280 px.
                Directory.CreateDirectory(Support.Browser.ScreenshotFolder);
                var name = Path.Combine(Support.Browser.ScreenshotFolder, $"narrow-{role}-{Artefact(path)}-{language}");
                await page.ScreenshotAsync(new() { Path = name + "-390.png", FullPage = true });
                await page.SetViewportSizeAsync(1280, 900);
                await page.ScreenshotAsync(new() { Path = name + "-1280.png", FullPage = true });
                await page.SetViewportSizeAsync(390, 844);
            }

            await Viewport.AssertFitsAsync(page);
            var problems = await page.EvaluateAsync<string[]>("""
                () => {
                    const problems = [];
                    const body = getComputedStyle(document.body).fontFamily;
                    if (!body.includes('Fira Sans')) problems.push('body font: ' + body);
                    for (const e of document.querySelectorAll('main *:not(code, pre, kbd, samp, svg, svg *)')) {
                        const font = getComputedStyle(e).fontFamily;
                        if (e.textContent.trim() && !font.includes('Fira Sans')) { problems.push('font of ' + e.tagName.toLowerCase() + '.' + e.className + ': ' + font); break; }
                    }
                    for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
                        const style = getComputedStyle(h);
                        const line = parseFloat(style.lineHeight), size = parseFloat(style.fontSize);
                        if (line < size) problems.push(h.tagName.toLowerCase() + ' lines closer than its letters (line height ' + style.lineHeight + ', font size ' + style.fontSize + '): ' + h.textContent.trim().slice(0, 40));
                    }
                    for (const t of document.querySelectorAll('table')) {
                        const box = t.parentElement;
                        if (!box.matches('.utrecht-table__container') || !['auto', 'scroll'].includes(getComputedStyle(box).overflowX))
                            problems.push('table not in a scrolling container: ' + (t.querySelector('caption')?.textContent ?? t.className));
                    }
                    for (const c of document.querySelectorAll('select:not(.utrecht-select), button:not(.utrecht-button), textarea:not(.utrecht-textarea), input:not([type=hidden]):not(.utrecht-textbox):not(.utrecht-checkbox):not(.utrecht-radio-button)'))
                        problems.push('native control without its component class: ' + c.outerHTML.slice(0, 80));
                    return problems;
                }
                """);
            Assert.True(problems.Length == 0, page.Url + ": " + string.Join("; ", problems));
            await Accessibility.AssertNoViolations(page);
        });

    private static string Artefact(string path) => new([.. path.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
}
