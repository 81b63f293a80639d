using System.Collections.Concurrent;

namespace Overgang.Linkage.Comparison;

/// <summary>
/// One instance of each distinct text for one linkage run: the normal forms, phonetic keys and codes of millions of
/// records repeat a few hundred thousand names, so the prepared records share them instead of each holding a copy.
/// Thread-safe; lives as long as the run that made it (never a process-wide pool).
/// </summary>
public sealed class NamePool
{
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>The pooled instance of <paramref name="text"/>.</summary>
    public string Get(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? "" : _texts.GetOrAdd(text, text);
    }

    /// <summary>The pooled instance, or <c>null</c>.</summary>
    public string? GetOrNull(string? text) => text is null ? null : Get(text);
}
