using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Population;
using Overgang.Registry.Runs;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;
using Overgang.Web.Hosting;
using Overgang.Web.Security;

namespace Overgang.Web.Tests.Support;

/// <summary>
/// The real web application on a free loopback port, over a real registry (SQLite) with a small generated population,
/// its decisions for the last day of protection and this month's allowance, and the demo accounts. One per test run:
/// tests that change data use persons no other test reads.
/// </summary>
public sealed class WebServer : IAsyncLifetime
{
    /// <summary>The password of every test account.</summary>
    public const string Password = "test-password-123";

    /// <summary>Persons in the generated population.</summary>
    public const int Persons = 1500;

    /// <summary>The date the server's clock starts on.</summary>
    public static readonly LocalDate Today = new(2026, 11, 22);

    private WebApplication? _app;
    private bool _stopped;

    public RegistryDatabase Database { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The server's clock, which tests may move forward (a lockout's end).</summary>
    public MovableClock Clock { get; private set; } = null!;

    /// <summary>The accounts made: admin, ind, analist, three case workers, three persons.</summary>
    public IReadOnlyList<DemoAccount> Accounts { get; private set; } = [];

    /// <summary>
    /// The shared server runs with the production limits but one: every test signs in from the same address, hundreds of
    /// times a run, so the per-address sign-in limit is raised here (its own test runs on a server of its own).
    /// </summary>
    public Task InitializeAsync() => StartAsync("sqlite", Persons, WebLimits.Default with { SignInsPerMinutePerAddress = 100_000 });

    /// <summary>Starts the application on a fresh registry of a provider (<c>sqlite</c> or <c>postgresql</c>) with a generated population.</summary>
    /// <param name="provider">The database.</param>
    /// <param name="persons">The size of the population.</param>
    /// <param name="limits">The limits, by default production's.</param>
    /// <param name="log">Where the request log goes (it is on only with one).</param>
    public async Task StartAsync(string provider, int persons, WebLimits? limits = null, Microsoft.Extensions.Logging.ILoggerProvider? log = null)
    {
        _stopped = false;
        var parameters = ParameterTree.Default;
        // Generated once per process, provider and size, then copied: the copy holds the same rows, and the server's
        // clock goes on from the reading the generating clock would have given next.
        var prepared = Prepared.GetOrAdd((provider, persons), key => new Lazy<PreparedRegistry>(() => Prepare(key.Provider, key.Persons, parameters))).Value;
        Database = prepared.Copy();
        Accounts = prepared.Accounts;
        Clock = new MovableClock(new TestClock(prepared.Next - Duration.FromSeconds(1)));

        _app = OvergangWebHost.Create(new WebSettings(Database, "http://127.0.0.1:0", parameters, Clock) { Limits = limits ?? WebLimits.Default, RequestLogging = log is not null, Log = log });
        MapFailingRoutes(_app);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.Single());
    }

    private static readonly Instant Start = Today.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().Plus(Duration.FromHours(9));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Provider, int Persons), Lazy<PreparedRegistry>> Prepared = new();

    /// <summary>The registry every server of a size starts from: population, decisions, allowance, accounts.</summary>
    private static System.Collections.Immutable.ImmutableArray<DemoAccount> Fill(RegistryDatabase database, int persons, ParameterTree parameters, TestClock clock)
    {
        PopulationStore.Load(database, PopulationGenerator.Generate(persons, PopulationGenerator.DefaultSeed), clock.GetCurrentInstant(), replace: false);
        var lastDay = parameters.TryRead("transition.protection.last-day", Today, out var value, out _) ? value.Date : throw new InvalidOperationException("no last day of protection");
        if (!DecisionsRun.TryExecute(database, lastDay, parameters, clock, null, out _, out var missing))
        {
            throw new InvalidOperationException("decisions: " + missing);
        }

        AllowanceRun.Execute(database, Today.ToYearMonth(), parameters, clock);
        return DemoAccounts.EnsureCreated(database, parameters, Password, clock.GetCurrentInstant());
    }

    private static PreparedRegistry Prepare(string provider, int persons, ParameterTree parameters)
    {
        var clock = new TestClock(Start);
        var database = TestDatabase.Create(provider);
        var accounts = Fill(database, persons, parameters, clock);
        if (provider != "sqlite")
        {
            // A template database may have no open connection while it is copied: pooled connections closed, then closed
            // to new ones (as TestDatabase's migrated template). Every PostgreSQL registry of the process shares one audit key file.
            var name = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString).Database!;
            Npgsql.NpgsqlConnection.ClearAllPools();
            PostgresServer.Instance.Execute($"ALTER DATABASE {name} WITH ALLOW_CONNECTIONS false");
            PostgresServer.Instance.Execute($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()");
            return new PreparedRegistry(null, name, accounts, clock.GetCurrentInstant());
        }

        var file = database.SqliteFile!;
        // Everything written goes into the file itself before it is copied: pooled connections closed, the log checkpointed.
        Microsoft.Data.Sqlite.SqliteConnection.ClearPool(new Microsoft.Data.Sqlite.SqliteConnection(database.Pooled().ConnectionString));
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            using var reader = checkpoint.ExecuteReader();
            reader.Read();
            if (reader.GetInt32(0) != 0)
            {
                throw new InvalidOperationException("the prepared registry's log could not be checkpointed: a connection is still open");
            }
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            File.Delete(file);
            File.Delete(database.AuditKeyFile);
        };
        return new PreparedRegistry(file, database.AuditKeyFile, accounts, clock.GetCurrentInstant());
    }

    /// <param name="File">The SQLite file (every connection to it closed: its write-ahead log is in it), or null on PostgreSQL.</param>
    /// <param name="Source">Beside the SQLite file, the audit key the runs made (the audit trail's signatures need it); on PostgreSQL the template database.</param>
    /// <param name="Accounts">The accounts made.</param>
    /// <param name="Next">The reading the generating clock gives next.</param>
    private sealed record PreparedRegistry(string? File, string Source, IReadOnlyList<DemoAccount> Accounts, Instant Next)
    {
        public RegistryDatabase Copy()
        {
            if (File is null)
            {
                var copy = RegistryDatabase.Parse(PostgresServer.Instance.CreateDatabase(Source));
                copy.Migrate();
                return copy;
            }

            var file = Path.Combine(Path.GetTempPath(), "overgang-test-" + Guid.NewGuid().ToString("N") + ".db");
            System.IO.File.Copy(File, file);
            var database = RegistryDatabase.Parse(file);
            if (System.IO.File.Exists(Source))
            {
                System.IO.File.Copy(Source, database.AuditKeyFile);
            }

            database.Migrate();
            return database;
        }
    }

    /// <summary>The text of the exception the failing test routes throw (it must never reach an answer).</summary>
    public const string FailureText = "test failure: the registry said something secret";

    /// <summary>
    /// Test-only routes that throw, a page address and an API address, for the answers to a server error (issue 14); they
    /// are added to the test host only, never to production's, outside <c>/api/v1</c> and the API description (so the
    /// scope matrix, the fuzz test and the OpenAPI snapshot do not see them).
    /// </summary>
    private static void MapFailingRoutes(WebApplication app)
    {
        app.MapGet("/test/fail", string () => throw new InvalidOperationException(FailureText)).ExcludeFromDescription();
        app.MapGet("/api/test/fail", string () => throw new InvalidOperationException(FailureText)).ExcludeFromDescription();
        app.MapGet("/test/registry-full", FillARegistry).ExcludeFromDescription();
        app.MapGet("/api/test/registry-full", FillARegistry).ExcludeFromDescription();
    }

    /// <summary>
    /// Fails as a registry on a full disk does: SQLite's own "database or disk is full", wrapped as EF Core wraps a failed save.
    /// </summary>
    private static string FillARegistry() => throw new InvalidOperationException(FailureText, StorageFaults.DiskFull());

    /// <summary>Stops the application as a service manager would (the host's stop: its background work asked to end), keeping the registry.</summary>
    public async Task StopAsync()
    {
        if (_app is not null && !_stopped)
        {
            _stopped = true;
            await _app.StopAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await StopAsync();
            await _app.DisposeAsync();
        }

        if (Database?.SqliteFile is { } file)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
            File.Delete(Database.AuditKeyFile);
        }
    }

    /// <summary>The running application's services (for tests that call a use case between two reads).</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>The endpoints of the running application (for the scope matrix).</summary>
    public IReadOnlyList<RouteEndpoint> Endpoints =>
        [.. _app!.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    /// <summary>The first account with a role (and, for case workers and persons, the first scope).</summary>
    public DemoAccount Account(string role) => Accounts.First(a => a.Role == role);

    /// <summary>
    /// The names that are data on a page in any language: municipalities, reception locations and the accounts' names
    /// (for the page language check). Persons' names are not among them: a Ukrainian page shows them in Cyrillic.
    /// </summary>
    public IReadOnlyList<string> Names => _names ??= ReadNames();

    private IReadOnlyList<string>? _names;

    private List<string> ReadNames()
    {
        using var context = Database.Open();
        return [.. context.Municipalities.Select(m => m.Name), .. context.Locations.Select(l => l.Name), .. context.Accounts.Select(a => a.DisplayName), .. context.Accounts.Select(a => a.UserName)];
    }

    /// <summary>A client without credentials.</summary>
    public HttpClient Anonymous() => new() { BaseAddress = BaseAddress };

    /// <summary>A client signed in as an account, with a bearer token from <c>/api/v1/auth/token</c>.</summary>
    public async Task<HttpClient> SignedIn(string userName, string password = Password)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(userName, password));
        return client;
    }

    /// <summary>A bearer token for an account.</summary>
    public async Task<string> TokenAsync(string userName, string password = Password)
    {
        using var client = Anonymous();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        return token!.AccessToken;
    }

    /// <summary>Creates a local account of its own for a test (one that signs out or locks itself without touching the shared ones).</summary>
    public string CreateAccount(string userName, string role, string? municipality = null, string? person = null)
    {
        using var context = Database.Open();
        var problem = AccountStore.TryCreate(context, new Caller(userName, role, municipality, person), userName, Password, Clock.GetCurrentInstant(), "system:test");
        Assert.Null(problem);
        return userName;
    }

    private sealed record TokenResponse(string AccessToken);
}
