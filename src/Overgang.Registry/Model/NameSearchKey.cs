using System.Collections.Frozen;
using Overgang.Linkage.Names;

namespace Overgang.Registry.Model;

/// <summary>
/// The search key of a name, stored with each person at write time and indexed: the phonetic key of record linkage
/// (<see cref="NameKey"/>), on which the spellings of one name in either script and any transliteration agree
/// (Oleksandr, Aleksandr, Olexandr, Олександр), with the Russian and Ukrainian forms of a few common given names
/// folded to one (Nikolai and Mykola, Anna and Hanna).
/// </summary>
public static class NameSearchKey
{
    // Phonetic keys of Russian forms → the key of the Ukrainian form.
    private static readonly FrozenDictionary<string, string> _forms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["nkl"] = "mkl", // Nikolai, Nikolay → Mykola
        ["An"] = "Hn", // Anna → Hanna
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The key of a whole name (a family name: its words run together); empty when the name has no letters.</summary>
    public static string Of(string? name)
    {
        var key = NameKey.Phonetic(NameKey.Normalise(name));
        return _forms.TryGetValue(key, out var form) ? form : key;
    }

    /// <summary>The key of the first of a person's given names.</summary>
    public static string OfFirstGiven(string? givenNames)
    {
        var words = Words(givenNames);
        return words.Length == 0 ? "" : Of(words[0]);
    }

    /// <summary>The words of a name or query (split on spaces, hyphens, commas and dots).</summary>
    public static string[] Words(string? text) =>
        (text ?? "").Split([' ', '\t', '-', ',', '.', '\u00A0'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
