using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Overgang.Web.Assets;
using Overgang.Web.Tests.Api;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Hardening;

/// <summary>
/// Issue 14: brotli and gzip as the client accepts them, none otherwise, and the body decompresses to the same bytes;
/// the stylesheet precompressed with its own entity tag per encoding. And what docs/adr/0011-response-compression.md
/// relies on against BREACH: a page's antiforgery token differs in every answer, and the cookies are SameSite=Strict.
/// </summary>
[Collection(ApiFixtures.Name)]
public sealed class CompressionTests(WebServer server)
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    [InlineData(null)]
    public async Task The_stylesheet_is_sent_in_the_encoding_the_browser_accepts_and_decompresses_to_the_same_bytes(string? encoding)
    {
        using var client = server.Anonymous();
        var plain = await SendAsync(client, AssetEndpoints.Stylesheet, null);
        var sent = await SendAsync(client, AssetEndpoints.Stylesheet, encoding);

        Assert.Equal(HttpStatusCode.OK, sent.Status);
        Assert.Null(plain.Encoding);
        Assert.Equal(encoding, sent.Encoding);
        Assert.Contains("Accept-Encoding", sent.Vary);
        Assert.Equal("public, max-age=31536000, immutable", sent.CacheControl);
        Assert.Equal(plain.Body, Decompress(sent.Body, encoding));
        if (encoding is not null)
        {
            Assert.True(sent.Body.Length * 4 < plain.Body.Length, $"{encoding}: {sent.Body.Length} of {plain.Body.Length} bytes");
            Assert.NotEqual(plain.ETag, sent.ETag);
        }

        // the entity tag of the encoding is answered with 304
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(AssetEndpoints.Stylesheet, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(sent.ETag!));
        if (encoding is not null)
        {
            again.Headers.AcceptEncoding.ParseAdd(encoding);
        }

        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    [InlineData(null)]
    public async Task A_page_and_an_api_answer_are_compressed_as_accepted_and_decompress_to_the_same_bytes(string? encoding)
    {
        // a page without a form (the same bytes each time) and an API answer in JSON
        using var anonymous = server.Anonymous();
        var page = await SendAsync(anonymous, "/?lang=en", encoding);
        var plainPage = await SendAsync(anonymous, "/?lang=en", null);
        var api = await Callers.For(server, Who.Admin);
        var json = await SendAsync(api, "/api/v1/auth/me", encoding);
        var plainJson = await SendAsync(api, "/api/v1/auth/me", null);

        foreach (var (sent, plain) in new[] { (page, plainPage), (json, plainJson) })
        {
            Assert.Equal(HttpStatusCode.OK, sent.Status);
            Assert.Equal(encoding, sent.Encoding);
            Assert.Null(plain.Encoding);
            Assert.Equal(plain.Body, Decompress(sent.Body, encoding));
        }

        Assert.Contains("<html lang=\"en\">", System.Text.Encoding.UTF8.GetString(plainPage.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_compressed_page_carries_a_different_antiforgery_token_in_every_answer_and_the_cookies_are_same_site_strict()
    {
        using var browser = PageClient.Anonymous(server);
        var first = await PageClient.FormFieldsAsync(browser, "/sign-in");
        var second = await PageClient.FormFieldsAsync(browser, "/sign-in");
        Assert.NotEqual(first["__RequestVerificationToken"], second["__RequestVerificationToken"]);

        using var signingIn = PageClient.Anonymous(server, followRedirects: false);
        using var response = await PageClient.PostSignInAsync(signingIn, server.Account(Overgang.Web.Security.Roles.Analyst).UserName, WebServer.Password);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("overgang=", StringComparison.Ordinal) && c.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase));
        using var form = PageClient.Anonymous(server, followRedirects: false);
        using var signInPage = await form.GetAsync(new Uri("/sign-in", UriKind.Relative));
        Assert.Contains(signInPage.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal) && c.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<(HttpStatusCode Status, string? Encoding, byte[] Body, string? ETag, string? CacheControl, IReadOnlyList<string> Vary)> SendAsync(HttpClient client, string path, string? encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(encoding);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentEncoding.SingleOrDefault(), await response.Content.ReadAsByteArrayAsync(),
            response.Headers.ETag?.ToString(), response.Headers.CacheControl?.ToString(), [.. response.Headers.Vary]);
    }

    private static byte[] Decompress(byte[] body, string? encoding)
    {
        if (encoding is null)
        {
            return body;
        }

        using var input = new MemoryStream(body);
        using Stream decompressing = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decompressing.CopyTo(output);
        return output.ToArray();
    }
}
