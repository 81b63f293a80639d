namespace Overgang.Registry.Population;

/// <summary>
/// The official Ukrainian national transliteration (KMU 2010), as used in Ukrainian passports; the table lives in
/// <see cref="Overgang.Linkage.Names.UkrainianTransliteration"/>, which record linkage shares.
/// </summary>
public static class UkrainianTransliteration
{
    /// <summary>Transliterates Ukrainian Cyrillic text; characters outside the Ukrainian alphabet are kept.</summary>
    public static string ToLatin(string cyrillic) => Overgang.Linkage.Names.UkrainianTransliteration.ToLatin(cyrillic);
}
