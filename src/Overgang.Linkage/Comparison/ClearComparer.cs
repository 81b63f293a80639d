using Overgang.Linkage.Records;
using Overgang.Linkage.Scoring;

namespace Overgang.Linkage.Comparison;

/// <summary>Compares clear records: names on normal forms, phonetic keys and Jaro-Winkler; birth dates with their typical errors.</summary>
/// <param name="parameters">The similarity thresholds.</param>
public sealed class ClearComparer(LinkageParameters parameters) : IRecordComparer<PreparedRecord>
{
    /// <inheritdoc/>
    public bool Encoded => false;

    /// <inheritdoc/>
    public IReadOnlyList<ulong> BlockingKeys(PreparedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return [.. record.BlockingTexts().Select(t => t is null ? 0UL : Fnv(t))];
    }

    /// <inheritdoc/>
    public void Compare(PreparedRecord a, PreparedRecord b, Span<sbyte> levels)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        levels[(int)LinkField.FamilyName] = Name(a.Family, a.FamilyKey, b.Family, b.FamilyKey);
        levels[(int)LinkField.GivenName] = GivenName(a, b);
        levels[(int)LinkField.BirthDate] = Date(a.BirthDate, b.BirthDate);
        levels[(int)LinkField.Sex] = Equal(a.Sex, b.Sex);
        levels[(int)LinkField.Nationality] = Equal(a.Nationality, b.Nationality);
        levels[(int)LinkField.DocumentNumber] = Equal(a.Document, b.Document);
    }

    /// <summary>Name levels: 3 equal normal forms, 2 equal phonetic keys, 1 similar spelling, 0 different.</summary>
    internal sbyte Name(string a, string aKey, string b, string bKey)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return FieldLevels.Missing;
        }

        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 3;
        }

        if (string.Equals(aKey, bKey, StringComparison.Ordinal))
        {
            return 2;
        }

        return JaroWinkler.Similarity(a, b) >= parameters.NameSimilar || JaroWinkler.Similarity(aKey, bKey) >= parameters.PhoneticSimilar ? (sbyte)1 : (sbyte)0;
    }

    /// <summary>
    /// Given-name levels: 4 equal normal forms, 3 equal phonetic keys, 2 equivalent forms in other languages (one
    /// class of <see cref="Names.GivenNameEquivalents"/>: Mykola and Nikolai), 1 similar spelling, 0 different.
    /// </summary>
    internal sbyte GivenName(PreparedRecord a, PreparedRecord b)
    {
        var level = Name(a.Given, a.GivenKey, b.Given, b.GivenKey);
        return level switch
        {
            FieldLevels.Missing => FieldLevels.Missing,
            3 or 2 => (sbyte)(level + 1),
            _ when a.GivenClass is { } x && x == b.GivenClass => 2,
            _ => level,
        };
    }

    /// <inheritdoc/>
    public ulong NameTerm(PreparedRecord record, LinkField field)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = field == LinkField.FamilyName ? record.Family : record.Given;
        return text.Length == 0 ? 0UL : Fnv(text);
    }

    /// <summary>Birth-date levels: 4 equal, 3 day and month swapped, 2 one digit off, 1 same year (or a year only), 0 different.</summary>
    internal static sbyte Date(LinkDate? a, LinkDate? b)
    {
        if (a is not { } x || b is not { } y)
        {
            return FieldLevels.Missing;
        }

        if (x.YearOnly || y.YearOnly)
        {
            return x.Year == y.Year ? (sbyte)1 : (sbyte)0;
        }

        if (x == y)
        {
            return 4;
        }

        if (x.Year == y.Year && x.Month == y.Day && x.Day == y.Month)
        {
            return 3;
        }

        var dx = x.Digits;
        var dy = y.Digits;
        var differ = 0;
        for (var i = 0; i < dx.Length; i++)
        {
            differ += dx[i] == dy[i] ? 0 : 1;
        }

        return differ == 1 ? (sbyte)2 : x.Year == y.Year ? (sbyte)1 : (sbyte)0;
    }

    private static sbyte Equal(string? a, string? b) =>
        a is null || b is null ? FieldLevels.Missing : string.Equals(a, b, StringComparison.Ordinal) ? (sbyte)1 : (sbyte)0;

    /// <summary>FNV-1a, 64 bits: a stable hash of a clear blocking key.</summary>
    internal static ulong Fnv(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash = unchecked(hash * 1099511628211UL);
        }

        return hash;
    }
}
