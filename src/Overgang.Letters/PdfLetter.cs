namespace Overgang.Letters;

/// <summary>A rendered PDF letter: its bytes and the number of pages the layout produced.</summary>
/// <param name="Bytes">The PDF file.</param>
/// <param name="Pages">Number of pages.</param>
#pragma warning disable CA1819 // The PDF is a byte buffer by nature; callers write it to a file.
public sealed record PdfLetter(byte[] Bytes, int Pages);
#pragma warning restore CA1819
