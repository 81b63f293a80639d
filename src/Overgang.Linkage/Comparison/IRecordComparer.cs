namespace Overgang.Linkage.Comparison;

/// <summary>Compares two prepared records field by field and names their blocking keys.</summary>
/// <typeparam name="TRecord">The prepared record: clear (<see cref="PreparedRecord"/>) or encoded (<see cref="Encoding.EncodedRecord"/>).</typeparam>
public interface IRecordComparer<in TRecord>
{
    /// <summary>The blocking keys of a record in the slots of <see cref="BlockingSlots"/> (0 where the record lacks the key): records that share no linkage key are never compared.</summary>
    IReadOnlyList<ulong> BlockingKeys(TRecord record);

    /// <summary>Writes the level of every field (<see cref="FieldLevels.Missing"/> when a side lacks it) into <paramref name="levels"/>.</summary>
    void Compare(TRecord a, TRecord b, Span<sbyte> levels);

    /// <summary>True for comparisons on keyed encodings (the levels' labels differ).</summary>
    bool Encoded { get; }
}
