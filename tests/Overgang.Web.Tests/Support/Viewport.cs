using Microsoft.Playwright;

namespace Overgang.Web.Tests.Support;

/// <summary>The narrow-screen check the browser tests share: the page does not scroll sideways at its viewport's width.</summary>
public static class Viewport
{
    /// <summary>Fails naming up to eight elements that stick out when the page is wider than its viewport.</summary>
    public static async Task AssertFitsAsync(IPage page)
    {
        var wider = await page.EvaluateAsync<string[]>("""
            () => document.documentElement.scrollWidth <= document.documentElement.clientWidth ? [] :
                [...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
                    .map(e => e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 8)
            """);
        Assert.True(wider.Length == 0, "the page scrolls sideways at " + page.ViewportSize?.Width + " px: " + page.Url + ": " + string.Join(", ", wider));
    }
}
