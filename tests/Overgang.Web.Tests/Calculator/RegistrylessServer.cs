using Microsoft.AspNetCore.Builder;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;
using Overgang.Web.Hosting;

namespace Overgang.Web.Tests.Calculator;

/// <summary>
/// The real web application whose registry cannot be reached: a PostgreSQL address where nothing listens. Any read or
/// write of the registry (an account check, an audit entry, a person) fails the request, so a page or endpoint that
/// answers here reads nothing from the registry and stores nothing: the public calculator's proof.
/// </summary>
public class RegistrylessServer : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>The limits the server runs with.</summary>
    protected virtual WebLimits Limits => WebLimits.Default;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The registry nobody answers for: connection refused on a loopback port.</summary>
    public static RegistryDatabase Unreachable { get; } = RegistryDatabase.Parse("Host=127.0.0.1;Port=9;Database=none;Username=none;Password=none;Timeout=2;Pooling=false");

    public async Task InitializeAsync()
    {
        var clock = new TestClock(Support.WebServer.Today.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().Plus(Duration.FromHours(9)));
        _app = OvergangWebHost.Create(new WebSettings(Unreachable, "http://127.0.0.1:0", ParameterTree.Default, clock) { Limits = Limits });
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.Single());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>A client without credentials.</summary>
    public HttpClient Anonymous() => new() { BaseAddress = BaseAddress };
}

/// <summary>The same, with a low limit of calculations per client address for callers without an account.</summary>
public sealed class LowLimitRegistrylessServer : RegistrylessServer
{
    public const int PerMinute = 3;

    protected override WebLimits Limits => WebLimits.Default with { CalculationsPerMinutePerAddress = PerMinute };
}

/// <summary>The public pages' and open API's tests share one registry-less server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class PublicFixtures : ICollectionFixture<RegistrylessServer>, ICollectionFixture<Support.Browser>
{
    public const string Name = "web-public";
}
