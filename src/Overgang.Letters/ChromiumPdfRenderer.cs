using System.Diagnostics;
using System.Text;

namespace Overgang.Letters;

/// <summary>Prints the HTML letter to PDF with headless Chromium, the same document a person sees on screen.</summary>
/// <remarks>
/// <para>Chosen over PDFsharp 6.5, whose package is AGPL-3.0-only or commercial (docs/adr/0003). Chromium comes from
/// Debian's <c>chromium</c> package (installed by <c>.ci/setup</c>); <c>OVERGANG_CHROMIUM</c> may name another binary.</para>
/// <para>The shipped DejaVu fonts are embedded in the printed HTML as data URIs, so Cyrillic renders the same on a
/// machine without them. Chromium runs without network access features, in a fresh profile, and is killed after a
/// time limit.</para>
/// </remarks>
public static class ChromiumPdfRenderer
{
    /// <summary>The environment variable that may name the Chromium binary.</summary>
    public const string ChromiumVariable = "OVERGANG_CHROMIUM";

    private static readonly string[] _candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
    private static readonly Lazy<string> _fontFaces = new(FontFaces);

    /// <summary>The Chromium binary to use, or <c>null</c> when none is installed.</summary>
    public static string? FindChromium() =>
        Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } configured && File.Exists(configured)
            ? configured
            : _candidates.FirstOrDefault(File.Exists);

    /// <summary>Renders the letter to PDF bytes.</summary>
    /// <exception cref="InvalidOperationException">Chromium failed or timed out; the message says how.</exception>
    public static byte[] Render(Letter letter, string chromium) => RenderHtml(HtmlLetterRenderer.Render(letter), chromium);

    /// <summary>
    /// Prints any self-contained HTML document to PDF bytes (A4, the shipped DejaVu fonts added to its first
    /// <c>&lt;style&gt;</c> element). Used for the letters and for the analysis reports.
    /// </summary>
    /// <exception cref="InvalidOperationException">Chromium failed or timed out; the message says how.</exception>
    public static byte[] RenderHtml(string document, string chromium)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = document.Replace("<style>\n", "<style>\n" + _fontFaces.Value, StringComparison.Ordinal);
        var folder = Directory.CreateTempSubdirectory("overgang-pdf-");
        try
        {
            var source = Path.Combine(folder.FullName, "document.html");
            var target = Path.Combine(folder.FullName, "document.pdf");
            File.WriteAllText(source, html, new UTF8Encoding(false));
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--no-first-run", "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
                $"--user-data-dir={Path.Combine(folder.FullName, "profile")}", $"--print-to-pdf={target}", new Uri(source).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {chromium}");
            var errors = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"{chromium} did not print the document within 60 seconds");
            }

            if (process.ExitCode != 0 || !File.Exists(target))
            {
                throw new InvalidOperationException($"{chromium} failed to print the document (exit {process.ExitCode}): {errors.Result.Trim()}");
            }

            return File.ReadAllBytes(target);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string FontFaces()
    {
        var css = new StringBuilder("@page{size:A4;margin:20mm}\n");
        foreach (var (file, weight) in new[] { ("DejaVuSans.ttf", 400), ("DejaVuSans-Bold.ttf", 700) })
        {
            using var stream = typeof(ChromiumPdfRenderer).Assembly.GetManifestResourceStream($"Overgang.Letters.Fonts.{file}")
                ?? throw new InvalidOperationException($"font {file} is not embedded");
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            css.Append("@font-face{font-family:\"DejaVu Sans\";font-weight:").Append(weight)
                .Append(";src:url(data:font/ttf;base64,").Append(Convert.ToBase64String(bytes.ToArray())).Append(") format(\"truetype\")}\n");
        }

        return css.ToString();
    }
}
