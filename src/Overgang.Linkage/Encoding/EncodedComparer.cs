using Overgang.Linkage.Comparison;

namespace Overgang.Linkage.Encoding;

/// <summary>Compares encoded records: Dice similarity of the Bloom filters, equality of the keyed hashes.</summary>
/// <param name="scheme">The Dice thresholds of the levels.</param>
public sealed class EncodedComparer(EncodingScheme scheme) : IRecordComparer<EncodedRecord>
{
    /// <inheritdoc/>
    public bool Encoded => true;

    /// <inheritdoc/>
    public IReadOnlyList<ulong> BlockingKeys(EncodedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Blocks;
    }

    /// <inheritdoc/>
    public void Compare(EncodedRecord a, EncodedRecord b, Span<sbyte> levels)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        levels[(int)LinkField.FamilyName] = Name(EncodedRecord.Dice(a.Family, a.FamilyCount, b.Family, b.FamilyCount));
        levels[(int)LinkField.GivenName] = GivenName(a, b);
        levels[(int)LinkField.BirthDate] = Date(EncodedRecord.Dice(a.BirthDate, a.DateCount, b.BirthDate, b.DateCount));
        levels[(int)LinkField.Sex] = Equal(a.Sex, b.Sex);
        levels[(int)LinkField.Nationality] = Equal(a.Nationality, b.Nationality);
        levels[(int)LinkField.DocumentNumber] = Equal(a.Document, b.Document);
    }

    /// <inheritdoc/>
    public ulong NameTerm(EncodedRecord record, LinkField field)
    {
        ArgumentNullException.ThrowIfNull(record);
        var filter = field == LinkField.FamilyName ? record.Family : record.Given;
        if (filter.IsDefaultOrEmpty)
        {
            return 0UL;
        }

        var hash = 14695981039346656037UL;
        foreach (var word in filter)
        {
            hash = unchecked((hash ^ word) * 1099511628211UL);
        }

        return hash == 0 ? 1UL : hash;
    }

    /// <summary>Given-name levels as the clear comparer's: equal and very similar encodings 4 and 3, equal keyed class hashes 2, similar encodings 1.</summary>
    private sbyte GivenName(EncodedRecord a, EncodedRecord b)
    {
        var level = Name(EncodedRecord.Dice(a.Given, a.GivenCount, b.Given, b.GivenCount));
        var x = a.Blocks.Length > BlockingSlots.GivenClass ? a.Blocks[BlockingSlots.GivenClass] : 0UL;
        var y = b.Blocks.Length > BlockingSlots.GivenClass ? b.Blocks[BlockingSlots.GivenClass] : 0UL;
        return level switch
        {
            FieldLevels.Missing => FieldLevels.Missing,
            3 or 2 => (sbyte)(level + 1),
            _ when x != 0 && x == y => 2,
            _ => level,
        };
    }

    private sbyte Name(double? dice) => dice switch
    {
        null => FieldLevels.Missing,
        { } d when d >= scheme.NameEqual => 3,
        { } d when d >= scheme.NameClose => 2,
        { } d when d >= scheme.NameSimilar => 1,
        _ => 0,
    };

    private sbyte Date(double? dice) => dice switch
    {
        null => FieldLevels.Missing,
        { } d when d >= scheme.DateEqual => 4,
        { } d when d >= scheme.DateOneDigit => 3,
        { } d when d >= scheme.DateSwapped => 2,
        { } d when d >= scheme.DateYear => 1,
        _ => 0,
    };

    private static sbyte Equal(ulong? a, ulong? b) => a is null || b is null ? FieldLevels.Missing : a == b ? (sbyte)1 : (sbyte)0;
}
