using System.Collections.Immutable;
using System.Globalization;
using Overgang.Linkage.Comparison;
using Overgang.Linkage.Records;

namespace Overgang.Linkage.Encoding;

/// <summary>
/// Encodes a registration as keyed Bloom filters (CLK-style, one filter per field): each token is hashed with HMAC-SHA256
/// under the shared <see cref="LinkageKey"/> into <see cref="EncodingScheme.Hashes"/> bit positions by double hashing.
/// </summary>
/// <remarks>
/// Name tokens: the bigrams of the normal form and of the phonetic key (both padded), and the phonetic key itself, so
/// that transliteration variants share most bits. Birth-date tokens: the full date, the date with day and month in
/// ascending order (shared by a swap; three tokens), the year (two tokens), each digit with its position (shared by a date one digit off) and
/// the day and month values without their position.
/// </remarks>
/// <param name="key">The shared key.</param>
/// <param name="scheme">The filter sizes and hash count.</param>
public sealed class BloomEncoder(LinkageKey key, EncodingScheme scheme)
{
    /// <summary>The scheme the encodings follow.</summary>
    public EncodingScheme Scheme => scheme;

    /// <summary>Encodes a clear record.</summary>
    public EncodedRecord Encode(LinkRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var prepared = PreparedRecord.From(record);
        return new EncodedRecord(
            record.Id,
            Name("family", prepared.Family, prepared.FamilyKey),
            Name("given", prepared.Given, prepared.GivenKey),
            Date(prepared.BirthDate),
            prepared.Sex is { } sex ? key.Hash("sex", sex) : null,
            prepared.Nationality is { } nationality ? key.Hash("nationality", nationality) : null,
            prepared.Document is { } document ? key.Hash("document", document) : null,
            [.. prepared.BlockingTexts().Select(t => t is null ? 0UL : key.Block(t))]);
    }

    private ImmutableArray<ulong> Name(string field, string normal, string phonetic)
    {
        if (normal.Length == 0)
        {
            return [];
        }

        var filter = new ulong[scheme.NameBits / 64];
        AddBigrams(filter, field, "n", normal);
        AddBigrams(filter, field, "p", phonetic);
        Add(filter, field, "k:" + phonetic);
        return [.. filter];
    }

    private ImmutableArray<ulong> Date(LinkDate? date)
    {
        if (date is not { } d)
        {
            return [];
        }

        var filter = new ulong[scheme.DateBits / 64];
        var digits = d.Digits;
        Add(filter, "date", "year:" + digits[..4]);
        Add(filter, "date", "year2:" + digits[..4]);
        for (var i = 0; i < (d.YearOnly ? 4 : 8); i++)
        {
            Add(filter, "date", string.Create(CultureInfo.InvariantCulture, $"p{i}:{digits[i]}"));
        }

        if (!d.YearOnly)
        {
            Add(filter, "date", "full:" + digits);
            Add(filter, "date", "swap:" + d.Unordered);
            Add(filter, "date", "swap2:" + d.Unordered);
            Add(filter, "date", "swap3:" + d.Unordered);
            Add(filter, "date", "v:" + digits[4..6]);
            Add(filter, "date", "v:" + digits[6..8]);
        }

        return [.. filter];
    }

    private void AddBigrams(ulong[] filter, string field, string kind, string text)
    {
        var padded = "_" + text + "_";
        for (var i = 0; i + 1 < padded.Length; i++)
        {
            Add(filter, field, string.Concat(kind, ":", padded.AsSpan(i, 2)));
        }
    }

    private void Add(ulong[] filter, string field, string token)
    {
        var (first, second) = key.Token(field, token);
        var bits = (ulong)filter.Length * 64;
        for (var i = 0UL; i < (ulong)scheme.Hashes; i++)
        {
            var bit = unchecked(first + (i * (second | 1))) % bits;
            filter[bit / 64] |= 1UL << (int)(bit % 64);
        }
    }
}
