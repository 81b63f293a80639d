using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Overgang.Web.Hosting;
using Overgang.Web.Persons;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Hardening;

/// <summary>
/// A BSN or V-number typed into the search never reaches the log in the clear (issue 14): not the request log of
/// <c>serve --log</c>, not ASP.NET Core's own lines, not an error's, not the audit entry of the search (which keeps a
/// keyed pseudonym instead).
/// </summary>
public sealed class PersonalNumberLogTests : IAsyncLifetime, IDisposable
{
    private readonly Capture _log = new();
    private readonly WebServer _server = new();

    public Task InitializeAsync() => _server.StartAsync("sqlite", 120, WebLimits.Default with { SignInsPerMinutePerAddress = 1_000 }, _log);

    public Task DisposeAsync() => _server.DisposeAsync();

    public void Dispose() => _log.Dispose();

    [Fact]
    public async Task Searches_by_BSN_and_V_number_on_the_page_and_the_API_leave_no_number_in_the_log_or_the_audit()
    {
        // Given: a person with both numbers
        using var context = _server.Database.Open();
        var person = context.Persons.AsNoTracking().Where(p => p.Bsn != null && p.VNumber != null).Select(p => new { Bsn = p.Bsn!, VNumber = p.VNumber! }).First();
        var before = context.Audit.AsNoTracking().Max(a => a.Sequence);
        var page = await PageClient.SignedInAsync(_server, _server.Account(Roles.Ind).UserName);
        var api = await _server.SignedIn(_server.Account(Roles.Ind).UserName);

        // When: searched for on the page and through the API, with a bad page number, and a failing request with a number in its query
        string[] pages = [$"/households?q={person.Bsn}", $"/households?q=V{person.VNumber}", $"/households?q=Kovalenko+{person.Bsn}", $"/households?q={person.Bsn}&page=x"];
        foreach (var address in pages)
        {
            using var response = await page.GetAsync(new Uri(address, UriKind.Relative));
            Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        }

        (await api.GetAsync(new Uri($"/api/v1/persons?q={person.Bsn}", UriKind.Relative))).EnsureSuccessStatusCode();
        (await api.GetAsync(new Uri($"/api/v1/persons?q={person.VNumber}", UriKind.Relative))).EnsureSuccessStatusCode();
        using (var failing = await page.GetAsync(new Uri($"/test/fail?q={person.Bsn}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, failing.StatusCode);
        }

        // Then: the request log has the searches (path only) and the incident, and no number anywhere
        var lines = await _log.SettledAsync();
        Assert.Contains(lines, l => l.Contains("GET /households 200", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("GET /api/v1/persons 200", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("/test/fail", StringComparison.Ordinal) && l.Contains("incident", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(person.Bsn, StringComparison.Ordinal) || l.Contains(person.VNumber, StringComparison.Ordinal));

        var searches = context.Audit.AsNoTracking().Where(a => a.Sequence > before && a.Action == "person.search").ToList();
        Assert.True(searches.Count >= 5, "the searches are audited: " + searches.Count);
        Assert.All(searches, e => Assert.DoesNotContain(person.Bsn, e.Reason + e.Data + e.Subject, StringComparison.Ordinal));
        Assert.All(searches, e => Assert.DoesNotContain(person.VNumber, e.Reason + e.Data + e.Subject, StringComparison.Ordinal));
        Assert.Contains(searches, e => e.Reason == PersonSearch.Pseudonym(context.AuditKey, "BSN", person.Bsn));
        Assert.Contains(searches, e => e.Reason == PersonSearch.Pseudonym(context.AuditKey, "V-number", person.VNumber));
    }

    /// <summary>Every log line the application writes, with its arguments and exception.</summary>
    private sealed class Capture : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

        /// <summary>The lines once the request that is last logged has been written (the log is written after the answer).</summary>
        public async Task<List<string>> SettledAsync()
        {
            for (var i = 0; i < 50 && !_lines.Any(l => l.Contains("/test/fail", StringComparison.Ordinal) && l.Contains("Overgang.Web.Requests", StringComparison.Ordinal)); i++)
            {
                await Task.Delay(100);
            }

            return [.. _lines];
        }

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(p => p.Key + "=" + p.Value)) : "";
                lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} [{values}] {exception}");
            }
        }
    }
}
