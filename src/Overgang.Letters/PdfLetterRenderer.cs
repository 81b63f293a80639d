using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Overgang.Letters;

/// <summary>Renders a letter to PDF (A4, DejaVu Sans embedded), wrapping lines and adding pages as needed.</summary>
/// <remarks>
/// PDFsharp 6.5 is licensed AGPL-3.0-only or commercially and refuses to work until the host loads a licence. This
/// library makes no licence choice for the project: the host loads one (<see cref="LoadLicence"/>) and checks
/// <see cref="IsAvailable"/> before rendering (docs/adr/0003).
/// </remarks>
public static class PdfLetterRenderer
{
    private const double Margin = 56;
    private const double BodySize = 10.5;
    private const double Leading = 1.4;
    private static readonly Lock _fontLock = new();
    private static bool _fontsReady;

    private static volatile bool _licenceLoaded;

    /// <summary>True when a PDFsharp licence has been loaded through <see cref="LoadLicence"/>, so that <see cref="Render"/> can work.</summary>
    public static bool IsAvailable => _licenceLoaded;

    /// <summary>Loads the PDFsharp licence the operator chose: <c>agpl</c> for the AGPL licence, otherwise a commercial licence key.</summary>
    /// <param name="licence">The operator's choice; <c>null</c> or empty loads nothing.</param>
    public static void LoadLicence(string? licence)
    {
        if (string.IsNullOrWhiteSpace(licence))
        {
            return;
        }

        if (licence == "agpl")
        {
            PdfSharp.PdfSharpLicense.SetAgplLicense();
        }
        else
        {
            PdfSharp.PdfSharpLicense.LoadLicense(licence);
        }

        _licenceLoaded = true;
    }

    /// <summary>Renders the letter.</summary>
    /// <exception cref="InvalidOperationException">No PDFsharp licence is loaded: check <see cref="IsAvailable"/> first.</exception>
    public static PdfLetter Render(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        if (!IsAvailable)
        {
            throw new InvalidOperationException("no PDFsharp licence is loaded; the host must call LoadLicence first");
        }

        EnsureFonts();
        using var document = new PdfDocument();
        document.Info.Title = letter.Title;
        document.Info.Creator = "Overgang";
        var body = new XFont("DejaVu Sans", BodySize, XFontStyleEx.Regular);
        var heading = new XFont("DejaVu Sans", 12.5, XFontStyleEx.Bold);
        var title = new XFont("DejaVu Sans", 15, XFontStyleEx.Bold);
        var writer = new PageWriter(document);
        writer.Paragraph(letter.DateLine, body, 8);
        writer.Paragraph(letter.Title, title, 10);
        writer.Paragraph(letter.Salutation, body, 6);
        writer.Paragraph(letter.Intro, body, 6);
        foreach (var section in letter.Sections)
        {
            writer.Space(6);
            writer.Paragraph(section.Heading, heading, 4);
            foreach (var paragraph in section.Paragraphs)
            {
                writer.Paragraph(paragraph, body, 4);
            }

            foreach (var item in section.Items)
            {
                writer.Paragraph(item, body, 3, bullet: true);
            }
        }

        writer.Space(10);
        writer.Paragraph(letter.Closing, body, 0);
        writer.Finish();
        var pages = document.PageCount;
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return new PdfLetter(stream.ToArray(), pages);
    }

    private static void EnsureFonts()
    {
        lock (_fontLock)
        {
            if (!_fontsReady)
            {
                GlobalFontSettings.FontResolver ??= new EmbeddedFontResolver();
                _fontsReady = true;
            }
        }
    }

    /// <summary>Writes wrapped paragraphs top to bottom, starting a new A4 page when the current one is full.</summary>
    private sealed class PageWriter(PdfDocument document)
    {
        private XGraphics? _graphics;
        private PdfPage? _page;
        private double _y;

        public void Space(double points) => _y += points;

        public void Paragraph(string text, XFont font, double after, bool bullet = false)
        {
            EnsurePage();
            var indent = bullet ? 14 : 0;
            var width = _page!.Width.Point - (2 * Margin) - indent;
            var lineHeight = font.Size * Leading;
            var first = true;
            foreach (var line in Wrap(text, font, width))
            {
                if (_y + lineHeight > _page.Height.Point - Margin)
                {
                    NewPage();
                }

                if (bullet && first)
                {
                    _graphics!.DrawString("•", font, XBrushes.Black, new XPoint(Margin + 2, _y + font.Size));
                }

                _graphics!.DrawString(line, font, XBrushes.Black, new XPoint(Margin + indent, _y + font.Size));
                _y += lineHeight;
                first = false;
            }

            _y += after;
        }

        public void Finish() => _graphics?.Dispose();

        private void EnsurePage()
        {
            if (_page is null)
            {
                NewPage();
            }
        }

        private void NewPage()
        {
            _graphics?.Dispose();
            _page = document.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _graphics = XGraphics.FromPdfPage(_page);
            _y = Margin;
        }

        private IEnumerable<string> Wrap(string text, XFont font, double width)
        {
            var line = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && _graphics!.MeasureString(candidate, font).Width > width)
                {
                    yield return line;
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }
}
