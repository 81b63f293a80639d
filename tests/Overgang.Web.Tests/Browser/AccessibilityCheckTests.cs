using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

/// <summary>The axe-core check is not vacuous: a page with known faults fails it.</summary>
[Collection(BrowserFixtures.Name)]
public sealed class AccessibilityCheckTests(WebServer server, Support.Browser browser)
{
    [Fact]
    public Task The_check_finds_a_missing_label_a_missing_language_and_an_image_without_text() =>
        browser.OnPage(server.BaseAddress, nameof(The_check_finds_a_missing_label_a_missing_language_and_an_image_without_text), async page =>
        {
            // Given a page with three faults, on about:blank (no server involved)
            await page.SetContentAsync("""
                <!DOCTYPE html><html><head><title>faulty</title></head>
                <body><main><h1>Faulty</h1><input type="text" name="unlabelled"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>
                """);

            // When
            var violations = await Accessibility.Violations(page);

            // Then
            Assert.Contains(violations, v => v.StartsWith("label ", StringComparison.Ordinal));
            Assert.Contains(violations, v => v.StartsWith("html-has-lang ", StringComparison.Ordinal));
            Assert.Contains(violations, v => v.StartsWith("image-alt ", StringComparison.Ordinal));
            await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => Accessibility.AssertNoViolations(page));
        });
}
