using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Rules.Placements;

namespace Overgang.Registry.Facts;

/// <summary>
/// Registry placement rows read through the reception rules (<see cref="PlacementOnDay"/>): a query may narrow the rows
/// to those overlapping a day, but which one holds is the rules' decision.
/// </summary>
public static class PlacementRows
{
    /// <summary>A registry placement as the reception rules see it.</summary>
    public static PlacementPeriod Period(Placement placement)
    {
        ArgumentNullException.ThrowIfNull(placement);
        return new PlacementPeriod(placement.From, placement.To, placement.Reception);
    }

    /// <summary>
    /// The placements whose period covers <paramref name="day"/>: the rows among which the rule of
    /// <see cref="PlacementOnDay"/> picks the one that holds (<see cref="On"/>, <see cref="ByPerson"/>). A reader narrows
    /// its query with this and leaves the pick to the rule; a filter on where a person is placed uses
    /// <see cref="HoldingOn"/>, since a covering placement need not be the one that holds.
    /// </summary>
    public static IQueryable<Placement> Covering(RegistryContext context, LocalDate day)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Placements.AsNoTracking().Where(p => p.From <= day && (p.To == null || p.To >= day));
    }

    /// <summary>
    /// The placements holding on <paramref name="day"/>, one per placed person, as one query: the rule of
    /// <see cref="PlacementOnDay"/> (of a person's placements covering the day, the one that started last) written as a
    /// placement covering the day of which the person has no later-starting placement covering it (index
    /// <c>placement(person, from)</c>). A person's placements never start on the same day (that index is unique), so the
    /// rule's "ties keep the first" never comes into play. For counts and lists over the whole registry, which must not
    /// read every placement into memory (4.3 million at EU scale); <see cref="On"/> gives the same placement per person.
    /// </summary>
    public static IQueryable<Placement> HoldingOn(RegistryContext context, LocalDate day)
    {
        ArgumentNullException.ThrowIfNull(context);
        var covering = Covering(context, day);
        return covering.Where(p => !covering.Any(q => q.PersonId == p.PersonId && q.From > p.From));
    }

    /// <summary>The placement of one person that holds on <paramref name="day"/>, or <c>null</c> (rows in any order).</summary>
    public static Placement? On(IEnumerable<Placement> rows, LocalDate day) => PlacementOnDay.Pick(rows, Period, day);

    /// <summary>The placement holding on <paramref name="day"/> for each person in <paramref name="rows"/> (rows of many persons, in any order).</summary>
    public static Dictionary<string, Placement> ByPerson(IEnumerable<Placement> rows, LocalDate day)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var result = new Dictionary<string, Placement>(StringComparer.Ordinal);
        foreach (var group in rows.GroupBy(r => r.PersonId, StringComparer.Ordinal))
        {
            if (On(group, day) is { } holding)
            {
                result[group.Key] = holding;
            }
        }

        return result;
    }
}
