using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using Overgang.Testing;

namespace Overgang.Web.Tests.Support;

/// <summary>
/// Debian's Chromium (or <c>$OVERGANG_CHROMIUM</c>) driven by Playwright, headless, with the flags this closed network
/// needs. Each test opens its own context (cookies are not shared), and a failing test leaves a screenshot. Without
/// Chromium nothing is started, and every test that opens a page fails with the one line that says what is missing.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private static readonly ConditionalWeakTable<IBrowserContext, Uri> BaseAddresses = new();

    /// <summary>How long an expectation waits for its condition (Playwright's own is 5 s).</summary>
    public const float ExpectTimeout = 20_000;

    /// <summary>How long a click, a fill or a page load may take (Playwright's own is 30 s).</summary>
    public const float ActionTimeout = 90_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where screenshots of failed tests go.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!ChromiumRequirement.IsInstalled)
        {
            return;
        }

        // A loaded CI machine (2 cores, two test projects and their browsers at once) is slow, not wrong: waits for a
        // condition get time enough, a condition that never comes still fails.
        Assertions.SetDefaultExpectTimeout(ExpectTimeout);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumRequirement.Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>The server a context of <see cref="OnPage"/> opens pages of (there is one per browser collection).</summary>
    public static Uri BaseAddressOf(IBrowserContext context) =>
        BaseAddresses.TryGetValue(context, out var address) ? address : throw new InvalidOperationException("not a context of Browser.OnPage");

    /// <summary>Runs a test on a fresh page; on failure saves a screenshot named after the test and rethrows.</summary>
    public async Task OnPage(Uri baseAddress, string testName, Func<IPage, Task> test)
    {
        if (_browser is null)
        {
            Assert.Fail(ChromiumRequirement.Missing);
        }

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), Locale = "nl-NL" });
        context.SetDefaultTimeout(ActionTimeout);
        context.SetDefaultNavigationTimeout(ActionTimeout);
        BaseAddresses.Add(context, baseAddress);
        var page = await context.NewPageAsync();
        try
        {
            await test(page);
        }
        catch
        {
            Directory.CreateDirectory(ScreenshotFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, testName + ".png"), FullPage = true });
            throw;
        }
        finally
        {
            await context.DisposeAsync();
        }
    }
}
