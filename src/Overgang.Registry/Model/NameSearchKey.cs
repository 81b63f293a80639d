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

    // The keys of the names seen last on this thread: names repeat (a generated population draws every person's names
    // from a few hundred; a registry's family names repeat too), and a key costs a normalisation and a phonetic pass.
    [ThreadStatic]
    private static Recent? _recentWhole;

    [ThreadStatic]
    private static Recent? _recentFirstGiven;

    /// <summary>The key of a whole name (a family name: its words run together); empty when the name has no letters.</summary>
    public static string Of(string? name) => name is null ? Compute(null) : (_recentWhole ??= new Recent(Compute)).Of(name);

    /// <summary>The key of the first of a person's given names.</summary>
    public static string OfFirstGiven(string? givenNames) =>
        givenNames is null ? "" : (_recentFirstGiven ??= new Recent(ComputeFirstGiven)).Of(givenNames);

    /// <summary>The words of a name or query (split on spaces, hyphens, commas and dots).</summary>
    public static string[] Words(string? text) =>
        (text ?? "").Split([' ', '\t', '-', ',', '.', '\u00A0'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Compute(string? name)
    {
        var key = NameKey.Phonetic(NameKey.Normalise(name));
        return _forms.TryGetValue(key, out var form) ? form : key;
    }

    private static string ComputeFirstGiven(string givenNames)
    {
        var words = Words(givenNames);
        return words.Length == 0 ? "" : Of(words[0]);
    }

    /// <summary>A key function with the keys of the last few thousand names it was given (cleared when full).</summary>
    private sealed class Recent(Func<string, string> compute)
    {
        private const int Limit = 4096;
        private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

        public string Of(string name)
        {
            if (_keys.TryGetValue(name, out var key))
            {
                return key;
            }

            if (_keys.Count >= Limit)
            {
                _keys.Clear();
            }

            key = compute(name);
            _keys[name] = key;
            return key;
        }
    }
}
