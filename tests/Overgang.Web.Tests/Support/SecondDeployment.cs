using Overgang.Web.Hosting;

namespace Overgang.Web.Tests.Support;

/// <summary>
/// A second deployment beside the shared server: its own registry (so its own accounts and data-protection keys) and
/// tight limits, so that the tests of rate limits and lockouts run without touching the shared server's accounts.
/// </summary>
public sealed class SecondDeployment : IAsyncLifetime
{
    /// <summary>The limits of this deployment: three calculations a minute per account, the production lockout.</summary>
    public static readonly WebLimits Limits = WebLimits.Default with { CalculationsPerMinutePerAccount = 3 };

    public WebServer Server { get; } = new();

    public Task InitializeAsync() => Server.StartAsync("sqlite", 120, Limits);

    public Task DisposeAsync() => Server.DisposeAsync();
}
