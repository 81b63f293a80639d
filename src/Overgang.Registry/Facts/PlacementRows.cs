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
