using Overgang.Cli.Tests.Support;

namespace Overgang.Cli.Tests.Letters;

public sealed partial class LetterCommandTests
{
    [Theory]
    [InlineData("olena", "nl")]
    [InlineData("olena", "uk")]
    [InlineData("olena", "en")]
    [InlineData("andrii", "nl")]
    [InlineData("andrii", "uk")]
    [InlineData("andrii", "en")]
    [InlineData("farid", "nl")]
    [InlineData("farid", "uk")]
    [InlineData("farid", "en")]
    public void Letter_Html_MatchesTheApprovedLetter(string person, string language)
    {
        // Given
        var input = CliRun.Input("Letters/family.json");

        // When
        var (exit, output, error) = CliRun.Of("", "letter", "--input", input, "--person", person, "--lang", language, "--format", "html");

        // Then
        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Snapshot.Match(output, "Letters", $"{person}.{language}.html");
    }

    [Theory]
    [InlineData("nl", "<html lang=\"nl\">", "4 maart 2027", "5 maart 2027", "4 maart 2030")]
    [InlineData("uk", "<html lang=\"uk\">", "4 березня 2027", "5 березня 2027", "4 березня 2030")]
    [InlineData("en", "<html lang=\"en\">", "4 March 2027", "5 March 2027", "4 March 2030")]
    public void Letter_GrantedDocument_StatesTheValidityInTheLanguagesDateFormat(string language, string lang, string end, string from, string until)
    {
        // Given
        var input = CliRun.Input("Letters/family.json");

        // When
        var (_, output, _) = CliRun.Of("", "letter", "--input", input, "--person", "olena", "--lang", language);

        // Then
        Assert.Contains(lang, output, StringComparison.Ordinal);
        Assert.Contains(end, output, StringComparison.Ordinal);
        Assert.Contains($"{from}", output, StringComparison.Ordinal);
        Assert.Contains(until, output, StringComparison.Ordinal);
        Assert.Contains("Олена Коваленко", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("olena", "uk", 4)]
    [InlineData("andrii", "nl", 3)]
    public void Letter_Pdf_IsAValidA4PdfWithTheShippedFontAndTheExpectedNumberOfPages(string person, string language, int pages)
    {
        // Given: Chromium from Debian's chromium package (./test.sh installs it)
        if (Overgang.Letters.ChromiumPdfRenderer.FindChromium() is null)
        {
            Assert.Fail(ChromiumRequirement.Missing);
        }

        var input = CliRun.Input("Letters/family.json");
        var file = Path.Combine(Path.GetTempPath(), $"overgang-{Guid.NewGuid():N}.pdf");

        try
        {
            // When
            var (exit, _, error) = CliRun.Of("", "letter", "--input", input, "--person", person, "--lang", language, "--format", "pdf", "--out", file);

            // Then
            Assert.Equal("", error);
            Assert.Equal(0, exit);
            var bytes = File.ReadAllBytes(file);
            Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
            Assert.Contains("%%EOF", System.Text.Encoding.Latin1.GetString(bytes[^16..]), StringComparison.Ordinal);
            var text = System.Text.Encoding.Latin1.GetString(bytes);
            Assert.Equal(pages, PageObject().Count(text));
            Assert.Contains("DejaVuSans", text, StringComparison.Ordinal);
            Assert.Contains("/MediaBox [0 0 594.95996 841.91998]", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("--person", "nobody", "--person")]
    [InlineData("--lang", "de", "--lang")]
    [InlineData("--format", "docx", "--format")]
    public void Letter_BadOption_ExitsWith2NamingTheOption(string option, string value, string field)
    {
        // Given
        var args = new List<string> { "letter", "--input", CliRun.Input("Letters/family.json"), option, value };
        if (option != "--person")
        {
            args.AddRange(["--person", "olena"]);
        }

        // When
        var (exit, output, error) = CliRun.Of("", [.. args]);

        // Then
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        using var json = System.Text.Json.JsonDocument.Parse(error);
        Assert.Equal(field, json.RootElement.GetProperty("field").GetString());
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial System.Text.RegularExpressions.Regex PageObject();
}
