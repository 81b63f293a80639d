using System.Collections.Immutable;

namespace Overgang.Registry.Import;

/// <summary>The outcome of importing one file: imported (possibly with rejected rows), or refused as a whole.</summary>
/// <remarks>
/// A database failure while writing is neither: it rolls the file's transaction back and surfaces as an
/// <see cref="ImportFailedException"/>, because it is not something the file's author can fix.
/// </remarks>
public abstract record ImportOutcome
{
    private protected ImportOutcome()
    {
    }

    /// <summary>The file name.</summary>
    public abstract string FileName { get; init; }

    /// <summary>What to put in the rejection report.</summary>
    public abstract ImmutableArray<ImportRejection> Problems { get; }

    /// <summary>The valid rows were imported in one transaction; the invalid ones are listed.</summary>
    /// <param name="FileName">The file name.</param>
    /// <param name="Kind">The kind of file.</param>
    /// <param name="Counts">The row counts, which reconcile.</param>
    /// <param name="Rejections">Every problem of every rejected row, in file order.</param>
    public sealed record Imported(string FileName, ImportKind Kind, ImportCounts Counts, ImmutableArray<ImportRejection> Rejections) : ImportOutcome
    {
        /// <inheritdoc/>
        public override ImmutableArray<ImportRejection> Problems => Rejections;
    }

    /// <summary>Nothing was imported: the file cannot be read as this kind (encoding, header, empty).</summary>
    /// <param name="FileName">The file name.</param>
    /// <param name="Problem">Where and why.</param>
    public sealed record Refused(string FileName, ImportRejection Problem) : ImportOutcome
    {
        /// <inheritdoc/>
        public override ImmutableArray<ImportRejection> Problems => [Problem];
    }
}
