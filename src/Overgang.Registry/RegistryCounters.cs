using Microsoft.EntityFrameworkCore;

namespace Overgang.Registry;

/// <summary>The registry's counters as they were read together (0 for a row not yet written).</summary>
/// <param name="Revision">Row 1: raised by every change of a fact.</param>
/// <param name="Activity">Row 2 (<see cref="RegistryActivity"/>).</param>
/// <param name="Tracked">Row 3: the revision's raises made through <c>SaveChanges</c> (<see cref="FactAreas"/>).</param>
/// <param name="Placements">The counter of <see cref="FactArea.Placements"/>.</param>
/// <param name="ReturnProgramme">The counter of <see cref="FactArea.ReturnProgramme"/>.</param>
/// <param name="Stays">The counter of <see cref="FactArea.Stays"/>.</param>
public readonly record struct RegistryCounters(long Revision, long Activity, long Tracked, long Placements, long ReturnProgramme, long Stays)
{
    /// <summary>The revision's raises not made through <c>SaveChanges</c> (bulk writes): they may have touched any area.</summary>
    public long Untracked => Revision - Tracked;

    /// <summary>The counter of <paramref name="area"/>.</summary>
    public long Of(FactArea area) => area switch
    {
        FactArea.Placements => Placements,
        FactArea.ReturnProgramme => ReturnProgramme,
        FactArea.Stays => Stays,
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, "not an area"),
    };

    /// <summary>Every counter, in one query.</summary>
    public static async Task<RegistryCounters> ReadAsync(RegistryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rows = await context.Revision.AsNoTracking().Select(r => new { r.Id, r.Value }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return Of([.. rows.Select(r => KeyValuePair.Create(r.Id, r.Value))]);
    }

    /// <summary>The same as <see cref="ReadAsync"/>, not asynchronous.</summary>
    public static RegistryCounters Read(RegistryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rows = context.Revision.AsNoTracking().Select(r => new { r.Id, r.Value }).ToList();
        return Of([.. rows.Select(r => KeyValuePair.Create(r.Id, r.Value))]);
    }

    private static RegistryCounters Of(List<KeyValuePair<int, long>> rows)
    {
        long Row(int id) => rows.FirstOrDefault(r => r.Key == id).Value;
        return new RegistryCounters(Row(1), Row(RegistryActivity.Row), Row(FactAreas.TrackedRow), Row((int)FactArea.Placements), Row((int)FactArea.ReturnProgramme), Row((int)FactArea.Stays));
    }
}
