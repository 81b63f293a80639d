using Overgang.Web.Security;

namespace Overgang.Web.Tests.Hardening;

public sealed class ReturnUrlTests
{
    [Theory]
    [InlineData("/households/H1?month=2026-11", "/households/H1?month=2026-11")]
    [InlineData("/\u3000/evil.example", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/a\\b", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/ space", "/")]
    [InlineData("/\r\nLocation: x", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void Only_a_local_path_of_printable_ascii_is_a_return_address(string? url, string expected) =>
        Assert.Equal(expected, ReturnUrls.LocalOrHome(url));
}
