namespace Overgang.Linkage.Comparison;

/// <summary>Compares two prepared records field by field and names their blocking keys.</summary>
/// <typeparam name="TRecord">The prepared record: clear (<see cref="PreparedRecord"/>) or encoded (<see cref="Encoding.EncodedRecord"/>).</typeparam>
public interface IRecordComparer<in TRecord>
{
    /// <summary>The blocking keys of a record in the slots of <see cref="BlockingSlots"/> (0 where the record lacks the key): records that share no linkage key are never compared.</summary>
    IReadOnlyList<ulong> BlockingKeys(TRecord record);

    /// <summary>Writes the level of every field (<see cref="FieldLevels.Missing"/> when a side lacks it) into <paramref name="levels"/>.</summary>
    void Compare(TRecord a, TRecord b, Span<sbyte> levels);

    /// <summary>
    /// The term of a name field (<see cref="LinkField.FamilyName"/> or <see cref="LinkField.GivenName"/>) whose
    /// frequency adjusts the weight of full agreement (a hash of the normal form, or of the encoding); 0 when missing.
    /// </summary>
    ulong NameTerm(TRecord record, LinkField field);

    /// <summary>True for comparisons on keyed encodings (the levels' labels differ).</summary>
    bool Encoded { get; }
}
