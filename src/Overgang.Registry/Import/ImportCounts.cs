namespace Overgang.Registry.Import;

/// <summary>What happened to the rows of one file; <see cref="Read"/> always equals the sum of the other four.</summary>
/// <param name="Read">Data rows read (the header line is not counted).</param>
/// <param name="Inserted">Rows that created a record.</param>
/// <param name="Updated">Rows that changed a stored record.</param>
/// <param name="Unchanged">Rows equal to what is stored; nothing written for them.</param>
/// <param name="Rejected">Rows that failed validation; each has one or more entries in the rejection report.</param>
public sealed record ImportCounts(int Read, int Inserted, int Updated, int Unchanged, int Rejected)
{
    /// <summary>True when read = inserted + updated + unchanged + rejected.</summary>
    public bool Reconciles => Read == Inserted + Updated + Unchanged + Rejected;
}
