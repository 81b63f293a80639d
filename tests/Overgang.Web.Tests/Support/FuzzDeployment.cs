using Overgang.Web.Hosting;

namespace Overgang.Web.Tests.Support;

/// <summary>
/// A deployment of its own for the fuzz suite: random requests change its data and would run into the shared
/// server's rate limits, which are raised here so that the requests reach the endpoints.
/// </summary>
public sealed class FuzzDeployment : IAsyncLifetime
{
    public WebServer Server { get; } = new();

    public Task InitializeAsync() => Server.StartAsync("sqlite", 120, WebLimits.Default with
    {
        CalculationsPerMinutePerAccount = 1_000_000,
        CalculationsPerMinutePerAddress = 1_000_000,
        SignInsPerMinutePerAddress = 1_000_000,
        AnonymousPerMinutePerAddress = 1_000_000,
    });

    public Task DisposeAsync() => Server.DisposeAsync();
}
