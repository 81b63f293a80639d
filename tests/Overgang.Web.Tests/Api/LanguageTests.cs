using System.Net.Http.Headers;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

[Collection(ApiFixtures.Name)]
public sealed class LanguageTests(WebServer server)
{
    [Theory]
    [InlineData("uk-UA,uk;q=0.9,en;q=0.5", "uk")]
    [InlineData("en-GB", "en")]
    [InlineData("de-DE,fr;q=0.5", "nl")]
    [InlineData("", "nl")]
    public async Task Page_WithoutAChoice_TakesTheBrowserLanguageElseDutch(string acceptLanguage, string expected)
    {
        using var client = server.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        if (acceptLanguage.Length > 0)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await client.SendAsync(request);
        Assert.Contains($"<html lang=\"{expected}\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_WithLang_IsInThatLanguageAndRemembersItInACookie()
    {
        using var client = server.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("nl"));
        using var response = await client.GetAsync(new Uri("/?lang=uk", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"uk\">", html, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("overgang-lang=uk", StringComparison.Ordinal));
    }
}
