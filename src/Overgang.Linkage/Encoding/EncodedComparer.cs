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
        levels[(int)LinkField.GivenName] = Name(EncodedRecord.Dice(a.Given, a.GivenCount, b.Given, b.GivenCount));
        levels[(int)LinkField.BirthDate] = Date(EncodedRecord.Dice(a.BirthDate, a.DateCount, b.BirthDate, b.DateCount));
        levels[(int)LinkField.Sex] = Equal(a.Sex, b.Sex);
        levels[(int)LinkField.Nationality] = Equal(a.Nationality, b.Nationality);
        levels[(int)LinkField.DocumentNumber] = Equal(a.Document, b.Document);
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
