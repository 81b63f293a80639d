using System.Diagnostics;
using System.Globalization;
using System.Net;
using Overgang.Web.Hosting;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Hardening;

/// <summary>Sign-in attempts per client address: beyond the limit 429 with Retry-After, whatever the account (on a server of its own with a low limit).</summary>
public sealed class AddressLimitTests : IAsyncLifetime
{
    private const int PerMinute = 5;
    private readonly WebServer _server = new();

    public Task InitializeAsync() => _server.StartAsync("sqlite", 60, WebLimits.Default with { SignInsPerMinutePerAddress = PerMinute });

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Sign_in_attempts_beyond_the_per_address_limit_get_429_with_retry_after_for_any_account()
    {
        using var client = _server.Anonymous();
        var started = Stopwatch.StartNew();
        for (var i = 0; i < PerMinute; i++)
        {
            // a different unknown account each time: the per-account lockout never starts
            using var attempt = await SessionTests.Token(client, "nobody-" + i, "wrong-password-000");
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        }

        // The bucket gains an attempt every minute / PerMinute: on a loaded machine the attempts above can take that long,
        // so the admin's sign-in may be let through once for each such period that passed, and not more often.
        var admin = _server.Account(Overgang.Web.Security.Roles.Admin).UserName;
        for (var admitted = 0; ; admitted++)
        {
            using var next = await SessionTests.Token(client, admin, WebServer.Password);
            if (next.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.InRange(SessionTests.RetryAfter(next), 1, 60);
                return;
            }

            Assert.Equal(HttpStatusCode.OK, next.StatusCode);
            Assert.True(admitted < 1 + (int)(started.Elapsed / (TimeSpan.FromMinutes(1) / PerMinute)),
                string.Create(CultureInfo.InvariantCulture, $"sign-in {PerMinute + admitted + 1} within {started.Elapsed.TotalSeconds:F1} s was let through: the limit is {PerMinute} a minute"));
        }
    }
}
