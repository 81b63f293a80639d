namespace Overgang.Registry.Import;

/// <summary>The command-line names of the <see cref="ImportKind"/>s: <c>municipalities</c>, <c>locations</c>, ...</summary>
public static class ImportKinds
{
    /// <summary>Every name, in import order.</summary>
    public static IReadOnlyList<string> Names { get; } = Enum.GetValues<ImportKind>().Select(Name).ToArray();

    /// <summary>The name of a kind, such as <c>persons</c> or <c>location-groups</c> (words joined by hyphens).</summary>
    public static string Name(ImportKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString())).ToLowerInvariant();

    /// <summary>Reads a name; <c>null</c> when it names no kind.</summary>
    public static ImportKind? Parse(string? name)
    {
        foreach (var kind in Enum.GetValues<ImportKind>())
        {
            if (string.Equals(Name(kind), name, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }
}
