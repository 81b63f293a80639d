using PdfSharp.Fonts;

namespace Overgang.Letters;

/// <summary>Resolves every font request to DejaVu Sans (regular or bold), shipped in this assembly.</summary>
/// <remarks>PDFsharp has no access to system fonts on Linux; DejaVu Sans covers Latin and Cyrillic, so Dutch and Ukrainian
/// letters render on a clean machine without installing a font package.</remarks>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? Bold : Regular);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream($"Overgang.Letters.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"font {faceName} is not embedded");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
