using NodaTime;

namespace Overgang.Linkage.Encoding;

/// <summary>
/// The shape of the encodings both member states must share: filter sizes, hashes per token, and the Dice similarities
/// at which encoded fields count as equal, very similar or similar. Dated data (Settings/Data/encoding-scheme.yaml);
/// project assumptions, measured on the synthetic benchmark (docs/linkage.md).
/// </summary>
/// <param name="Version">The scheme's name in the file header; a file of another scheme is refused.</param>
/// <param name="Since">The first day it applies.</param>
/// <param name="Source">Where the values come from.</param>
/// <param name="NameBits">Bits of a name filter (a multiple of 64).</param>
/// <param name="DateBits">Bits of a birth-date filter (a multiple of 64).</param>
/// <param name="Hashes">Bits set per token.</param>
/// <param name="NameEqual">Dice similarity at which name filters count as equal.</param>
/// <param name="NameClose">Dice similarity at which name filters count as very similar (another transliteration).</param>
/// <param name="NameSimilar">Dice similarity at which name filters count as similar.</param>
/// <param name="DateEqual">Dice similarity at which date filters count as equal.</param>
/// <param name="DateOneDigit">Dice similarity at which date filters count as one digit off.</param>
/// <param name="DateSwapped">Dice similarity at which date filters count as day and month swapped.</param>
/// <param name="DateYear">Dice similarity at which date filters count as the same year.</param>
public sealed record EncodingScheme(
    string Version,
    LocalDate Since,
    string Source,
    int NameBits,
    int DateBits,
    int Hashes,
    double NameEqual,
    double NameClose,
    double NameSimilar,
    double DateEqual,
    double DateOneDigit,
    double DateSwapped,
    double DateYear)
{
    /// <summary>Scheme v1: the latest entries of Settings/Data/encoding-scheme.yaml, read once.</summary>
    public static EncodingScheme V1 { get; } = Settings.LinkageData.Scheme(Settings.LinkageData.SchemeFile, Settings.LinkageData.Embedded(Settings.LinkageData.SchemeFile));
}
