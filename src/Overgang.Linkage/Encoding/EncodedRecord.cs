using System.Collections.Immutable;
using System.Numerics;

namespace Overgang.Linkage.Encoding;

/// <summary>A registration as another member state sends it: keyed Bloom filters and keyed hashes, no name in the clear.</summary>
/// <param name="Id">The sender's registration number (pseudonymous to the receiver).</param>
/// <param name="Family">Bloom filter of the family name (empty when missing).</param>
/// <param name="Given">Bloom filter of the first given name (empty when missing).</param>
/// <param name="BirthDate">Bloom filter of the birth date and its variant forms (empty when missing).</param>
/// <param name="Sex">Keyed hash of the sex, or <c>null</c>.</param>
/// <param name="Nationality">Keyed hash of the nationality, or <c>null</c>.</param>
/// <param name="Document">Keyed hash of the document number, or <c>null</c>.</param>
/// <param name="Blocks">Keyed blocking keys.</param>
public sealed record EncodedRecord(
    string Id,
    ImmutableArray<ulong> Family,
    ImmutableArray<ulong> Given,
    ImmutableArray<ulong> BirthDate,
    ulong? Sex,
    ulong? Nationality,
    ulong? Document,
    ImmutableArray<ulong> Blocks)
{
    /// <summary>Bits set in the family-name filter.</summary>
    internal int FamilyCount { get; } = Count(Family);

    /// <summary>Bits set in the given-name filter.</summary>
    internal int GivenCount { get; } = Count(Given);

    /// <summary>Bits set in the birth-date filter.</summary>
    internal int DateCount { get; } = Count(BirthDate);

    /// <summary>The Dice similarity of two filters: twice the common bits over the bits of both; <c>null</c> when either is empty.</summary>
    internal static double? Dice(ImmutableArray<ulong> a, int aCount, ImmutableArray<ulong> b, int bCount)
    {
        if (aCount == 0 || bCount == 0 || a.Length != b.Length)
        {
            return null;
        }

        var common = 0;
        for (var i = 0; i < a.Length; i++)
        {
            common += BitOperations.PopCount(a[i] & b[i]);
        }

        return 2.0 * common / (aCount + bCount);
    }

    private static int Count(ImmutableArray<ulong> filter)
    {
        var count = 0;
        foreach (var word in filter.IsDefault ? [] : filter)
        {
            count += BitOperations.PopCount(word);
        }

        return count;
    }
}
