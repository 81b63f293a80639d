using System.Net;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Hardening;

/// <summary>Issue 14: a failed sign-in never sends the password back in the page (the user name may stay).</summary>
[Collection(ApiFixtures.Name)]
public sealed class SignInEchoTests(WebServer server)
{
    private const string Password = "Echo-Me-Not-4821-zq";

    [Theory]
    [InlineData("nobody-echo")]
    [InlineData("")]
    public async Task The_page_after_a_failed_sign_in_does_not_contain_the_submitted_password(string userName)
    {
        using var browser = PageClient.Anonymous(server);
        using var response = await PageClient.PostSignInAsync(browser, userName, Password);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"password\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, html, StringComparison.Ordinal);
        if (userName.Length > 0)
        {
            Assert.Contains("verkeerd wachtwoord", html, StringComparison.Ordinal);
            Assert.Contains($"value=\"{userName}\"", html, StringComparison.Ordinal);
        }
    }
}
