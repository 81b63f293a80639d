using System.Text.Json;
using Microsoft.Playwright;

namespace Overgang.Web.Tests.Support;

/// <summary>Runs axe-core in the page for WCAG 2.0 and 2.1, levels A and AA, and fails with every violation found.</summary>
public static class Accessibility
{
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe.min.js")));

    public static async Task AssertNoViolations(IPage page)
    {
        var violations = await Violations(page);
        Assert.True(violations.Count == 0, $"axe-core on {page.Url}:\n" + string.Join("\n", violations));
    }

    /// <summary>The violations axe-core finds, one line each, starting with the rule id.</summary>
    public static async Task<IReadOnlyList<string>> Violations(IPage page)
    {
        // The page's Content-Security-Policy forbids inline scripts; the check bypasses it as a browser extension would.
        await page.EvaluateAsync(Script.Value);
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) }));
            }
            """);
        return result.EnumerateArray().Select(v => $"{v.GetProperty("id")} ({v.GetProperty("impact")}): {v.GetProperty("help")} at {string.Join(", ", v.GetProperty("nodes").EnumerateArray())}").ToList();
    }
}
