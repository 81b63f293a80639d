namespace Overgang.Registry.Import;

/// <summary>What one data row did.</summary>
internal enum RowOutcome
{
    Inserted,
    Updated,
    Unchanged,
    Rejected,
}
