using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Overgang.Web.Tests.Support;

/// <summary>
/// A client that asks as a browser does (Accept: text/html first, its own cookies), without a browser: for tests of
/// answers' status codes, headers and bytes (error pages, compression, the sign-in form's echo).
/// </summary>
public static partial class PageClient
{
    /// <summary>A browser-like client without an account; redirects are followed.</summary>
    public static HttpClient Anonymous(WebServer server, bool followRedirects = true)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = followRedirects }) { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return client;
    }

    /// <summary>A browser-like client signed in through the sign-in form, with the page's cookie.</summary>
    public static async Task<HttpClient> SignedInAsync(WebServer server, string userName)
    {
        var client = Anonymous(server);
        using var response = await PostSignInAsync(client, userName, WebServer.Password);
        Assert.True(response.RequestMessage?.RequestUri?.AbsolutePath != "/sign-in", "signing in as " + userName + " failed: " + (int)response.StatusCode);
        return client;
    }

    /// <summary>Fills in the sign-in form (read first, for its antiforgery token) and sends it.</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string userName, string password)
    {
        var fields = await FormFieldsAsync(client, "/sign-in");
        fields["Input.UserName"] = userName;
        fields["Input.Password"] = password;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri("/sign-in", UriKind.Relative), content);
    }

    /// <summary>The hidden fields of the forms on a page (the form handler's name, the antiforgery token).</summary>
    public static async Task<Dictionary<string, string>> FormFieldsAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        return HiddenField().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value), StringComparer.Ordinal);
    }

    /// <summary>A GET with the Accept header replaced.</summary>
    public static HttpRequestMessage Get(string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.Clear();
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        return request;
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HiddenField();
}
