using Microsoft.Playwright;

namespace Overgang.Web.Tests.Support;

/// <summary>
/// Debian's Chromium (or <c>$OVERGANG_CHROMIUM</c>) driven by Playwright, headless, with the flags this closed network
/// needs. Each test opens its own context (cookies are not shared), and a failing test leaves a screenshot.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where screenshots of failed tests go.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("OVERGANG_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
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

    /// <summary>Runs a test on a fresh page; on failure saves a screenshot named after the test and rethrows.</summary>
    public async Task OnPage(Uri baseAddress, string testName, Func<IPage, Task> test)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), Locale = "nl-NL" });
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
