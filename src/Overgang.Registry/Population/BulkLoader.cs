using Overgang.Registry.Storage;

namespace Overgang.Registry.Population;

/// <summary>The batch runs' entry to <see cref="BulkWriter"/>: fast inserts of many rows of one entity type in the context's current transaction.</summary>
/// <remarks>Kept so that the runs' call sites stay as they are; new code calls <see cref="BulkWriter.Insert{T}(RegistryContext, IReadOnlyList{T})"/>.</remarks>
public static class BulkLoader
{
    /// <summary>Inserts <paramref name="rows"/> into the table of <typeparamref name="T"/>; returns the number of rows.</summary>
    public static int Insert<T>(RegistryContext context, IReadOnlyList<T> rows)
        where T : class => BulkWriter.Insert(context, rows);
}
