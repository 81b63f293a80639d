using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

/// <summary>
/// Every page of the page language list (<see cref="PageLanguageTests"/>), in Dutch, Ukrainian and English, on a 390 px
/// phone (issue 14, item 2): no sideways scrolling of the page, the theme's font stack on all its text (a chart's SVG, a
/// picture laid out with its own font, aside), every table in a
/// container that scrolls it, no native control without its NL Design System class, and no accessibility violation.
/// A page that joins the language list is checked here too.
/// </summary>
[Collection(BrowserFixtures.Name)]
public sealed class NarrowScreenTests(WebServer server, Support.Browser browser)
{
    public static TheoryData<string?, string, string> Every_page() => PageLanguageTests.Pages_in_every_language();

    [Theory]
    [MemberData(nameof(Every_page))]
    public Task A_page_fits_a_phone_in_the_themes_font_with_its_tables_scrolling_inside(string? role, string path, string language) =>
        browser.OnPage(server.BaseAddress, $"{nameof(NarrowScreenTests)}-{role}-{Artefact(path)}-{language}", async page =>
        {
            await page.SetViewportSizeAsync(390, 844);
            if (role is not null)
            {
                await Pages.SignInAsync(page, server.Account(role).UserName);
            }

            var target = CaseFileTargets.Resolve(server, path);
            await page.GotoAsync($"{target}{(target.Contains('?', StringComparison.Ordinal) ? '&' : '?')}lang={language}");

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
