using System.Net;
using Overgang.Web.Hosting;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Hardening;

/// <summary>Issue 14: the rate limiter's 429 is a page for a browser and problem details for the API (on a server of its own with a low limit).</summary>
public sealed class ErrorPageLimitTests : IAsyncLifetime
{
    private const int PerMinute = 3;
    private readonly WebServer _server = new();

    public Task InitializeAsync() => _server.StartAsync("sqlite", 60, WebLimits.Default with { AnonymousPerMinutePerAddress = PerMinute });

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Beyond_the_anonymous_limit_a_browser_gets_a_429_page_in_its_language_and_the_api_problem_details()
    {
        // Given: the window's requests used up
        using var browser = PageClient.Anonymous(_server);
        for (var i = 0; i < PerMinute; i++)
        {
            using var allowed = await browser.GetAsync(new Uri("/?lang=uk", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        // When / Then: the page, in Ukrainian, says when to try again
        using var refused = await browser.GetAsync(new Uri("/?lang=uk", UriKind.Relative));
        var html = await ErrorPageTests.AssertPageAsync(refused, HttpStatusCode.TooManyRequests, "uk", "Забагато запитів");
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("Спробуйте ще раз через", html, StringComparison.Ordinal);

        // and the API, from the same address
        using var api = _server.Anonymous();
        using var problem = await api.GetAsync(new Uri("/api/v1/auth/me", UriKind.Relative));
        await ErrorPageTests.AssertProblemAsync(problem, HttpStatusCode.TooManyRequests);
    }
}
