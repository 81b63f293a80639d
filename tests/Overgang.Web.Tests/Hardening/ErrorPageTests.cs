using System.Net;
using System.Text.Json;
using Overgang.Web.Security;
using Overgang.Web.Tests.Api;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Hardening;

/// <summary>
/// Issue 14: errors by content negotiation. A browser gets an error page in its language with the right status code;
/// the API and clients that ask for JSON get problem details as before.
/// </summary>
[Collection(ApiFixtures.Name)]
public sealed class ErrorPageTests(WebServer server)
{
    private const string Json = "application/json";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<HttpClient>> _signed = new(StringComparer.Ordinal);

    [Theory]
    [InlineData("nl", "Pagina niet gevonden")]
    [InlineData("uk", "Сторінку не знайдено")]
    [InlineData("en", "Page not found")]
    public async Task An_unknown_address_is_a_404_page_in_the_language(string language, string heading)
    {
        using var browser = PageClient.Anonymous(server);
        using var response = await browser.GetAsync(new Uri("/no-such-page/here?lang=" + language, UriKind.Relative));
        await AssertPageAsync(response, HttpStatusCode.NotFound, language, heading);
    }

    [Fact]
    public async Task An_unknown_address_is_problem_details_for_a_client_that_asks_for_json()
    {
        using var client = PageClient.Anonymous(server);
        using var request = PageClient.Get("/no-such-page/here", Json);
        using var response = await client.SendAsync(request);
        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/households/XX-NONE/members", "Huishouden niet gevonden", "/households")]
    [InlineData("/persons/XX-NONE", "Persoon niet gevonden", "/households")]
    [InlineData("/locations/XX-NONE/residents", "Locatie niet gevonden", "/locations")]
    public async Task A_404_under_a_household_person_or_location_says_what_was_not_found_and_links_to_the_search(string path, string heading, string link)
    {
        var browser = await SignedInBrowserAsync(Roles.Admin);
        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
        var html = await AssertPageAsync(response, HttpStatusCode.NotFound, "nl", heading);
        Assert.Contains($"href=\"{link}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_household_in_the_api_stays_problem_details()
    {
        var client = await Callers.For(server, Who.Admin);
        using var response = await client.GetAsync(new Uri("/api/v1/households/XX-NONE", UriKind.Relative));
        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("nl", "Verzoek niet te verwerken")]
    [InlineData("uk", "Запит не вдалося обробити")]
    [InlineData("en", "The request could not be processed")]
    public async Task A_form_sent_without_its_antiforgery_token_is_a_400_page_in_the_language(string language, string heading)
    {
        using var browser = PageClient.Anonymous(server);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "sign-in", ["Input.UserName"] = "nobody", ["Input.Password"] = "whatever-123" });
        using var response = await browser.PostAsync(new Uri("/sign-in?lang=" + language, UriKind.Relative), form);
        await AssertPageAsync(response, HttpStatusCode.BadRequest, language, heading);
    }

    [Fact]
    public async Task A_form_sent_without_its_antiforgery_token_is_problem_details_for_a_client_that_asks_for_json()
    {
        using var client = PageClient.Anonymous(server);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/sign-in", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "sign-in", ["Input.UserName"] = "nobody" }),
        };
        request.Headers.Accept.Clear();
        request.Headers.Accept.ParseAdd(Json);
        using var response = await client.SendAsync(request);
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_case_worker_refused_a_page_gets_a_403_page_naming_their_municipalitys_administrator()
    {
        var browser = await SignedInBrowserAsync(Roles.CaseWorker);
        using var response = await browser.GetAsync(new Uri("/link-candidates?lang=nl", UriKind.Relative));
        var html = await AssertPageAsync(response, HttpStatusCode.Forbidden, "nl", "Geen toegang");
        Assert.Contains("de beheerder van Overgang in uw gemeente", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_refused_a_page_gets_a_403_page_in_ukrainian_naming_the_municipality_and_the_ind()
    {
        var browser = await SignedInBrowserAsync(Roles.Person);
        using var response = await browser.GetAsync(new Uri("/households?lang=uk", UriKind.Relative));
        var html = await AssertPageAsync(response, HttpStatusCode.Forbidden, "uk", "Немає доступу");
        Assert.Contains("зверніться до свого муніципалітету", html, StringComparison.Ordinal);
        Assert.Contains("до IND", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/me\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_worker_refused_in_the_api_gets_problem_details()
    {
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        using var response = await client.GetAsync(new Uri("/api/v1/link-candidates", UriKind.Relative));
        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/test/fail", HttpStatusCode.InternalServerError, "nl", "Er ging iets mis", "Gebeurt het opnieuw?", "Kenmerk voor de helpdesk:")]
    [InlineData("/test/fail", HttpStatusCode.InternalServerError, "uk", "Щось пішло не так", "Якщо це повториться", "Номер для служби підтримки:")]
    [InlineData("/test/fail", HttpStatusCode.InternalServerError, "en", "Something went wrong", "If it happens again", "Reference for the helpdesk:")]
    [InlineData("/test/registry-full", HttpStatusCode.ServiceUnavailable, "nl", "Register tijdelijk niet bereikbaar", "Wat al was opgeslagen, blijft bewaard.", "Kenmerk voor de helpdesk:")]
    [InlineData("/test/registry-full", HttpStatusCode.ServiceUnavailable, "uk", "Реєстр тимчасово недоступний", "Усе, що вже було збережено, залишається.", "Номер для служби підтримки:")]
    [InlineData("/test/registry-full", HttpStatusCode.ServiceUnavailable, "en", "The registry is temporarily unavailable", "What was saved before is kept.", "Reference for the helpdesk:")]
    public async Task A_server_error_is_a_page_with_an_incident_reference_and_without_the_exception_503_when_the_registry_cannot_be_written(string path, HttpStatusCode status, string language, string heading, string says, string reference)
    {
        using var browser = PageClient.Anonymous(server);
        using var response = await browser.GetAsync(new Uri(path + "?lang=" + language, UriKind.Relative));
        var html = await AssertPageAsync(response, status, language, heading);
        Assert.Contains(says, html, StringComparison.Ordinal);
        Assert.Matches(System.Text.RegularExpressions.Regex.Escape(reference) + @" <strong>[0-9A-Za-z:]{8,}</strong>", html);
        Assert.Equal(status == HttpStatusCode.ServiceUnavailable ? TimeSpan.FromSeconds(60) : null, response.Headers.RetryAfter?.Delta);
        Assert.DoesNotContain(WebServer.FailureText, html, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), html, StringComparison.Ordinal);
        Assert.DoesNotContain("SqliteException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("disk is full", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/test/fail", null, HttpStatusCode.InternalServerError)]
    [InlineData("/test/fail", Json, HttpStatusCode.InternalServerError)]
    [InlineData("/api/test/registry-full", null, HttpStatusCode.ServiceUnavailable)]
    [InlineData("/test/registry-full", Json, HttpStatusCode.ServiceUnavailable)]
    public async Task A_server_error_is_problem_details_for_the_api_and_for_json_clients_503_when_the_registry_cannot_be_written(string path, string? accept, HttpStatusCode status)
    {
        using var client = server.Anonymous();
        using var request = accept is null ? new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)) : PageClient.Get(path, accept);
        using var response = await client.SendAsync(request);
        var body = await AssertProblemAsync(response, status);
        Assert.Equal(status == HttpStatusCode.ServiceUnavailable ? TimeSpan.FromSeconds(60) : null, response.Headers.RetryAfter?.Delta);
        Assert.DoesNotContain(WebServer.FailureText, body, StringComparison.Ordinal);
        Assert.DoesNotContain("disk is full", body, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInBrowserAsync(string role) =>
        await _signed.GetOrAdd(role, r => PageClient.SignedInAsync(server, r == Roles.CaseWorker ? Callers.UserName(server, Who.CaseWorkerOwn) : r == Roles.Person ? Callers.UserName(server, Who.PersonOwn) : server.Account(r).UserName));

    /// <summary>An HTML error page: status, content type, the document's language and the heading; returns the HTML.</summary>
    internal static async Task<string> AssertPageAsync(HttpResponseMessage response, HttpStatusCode status, string language, string heading)
    {
        // The renderer writes characters outside Latin as character references: the text is compared decoded.
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode} for {response.RequestMessage?.RequestUri}: {html[..Math.Min(html.Length, 300)]}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1 class=\"utrecht-heading-1\">{heading}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("overgang-skip-link", html, StringComparison.Ordinal);
        return html;
    }

    /// <summary>Problem details with the status; returns the body.</summary>
    internal static async Task<string> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        return body;
    }
}
