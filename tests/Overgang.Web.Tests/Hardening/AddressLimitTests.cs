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
        for (var i = 0; i < PerMinute; i++)
        {
            // a different unknown account each time: the per-account lockout never starts
            using var attempt = await SessionTests.Token(client, "nobody-" + i, "wrong-password-000");
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        }

        using var refused = await SessionTests.Token(client, _server.Account(Overgang.Web.Security.Roles.Admin).UserName, WebServer.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(SessionTests.RetryAfter(refused), 1, 60);
    }
}
