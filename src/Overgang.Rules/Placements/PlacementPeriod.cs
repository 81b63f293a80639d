using NodaTime;

namespace Overgang.Rules.Placements;

/// <summary>One placement of a person as the reception rules see it: a period and where the person is received.</summary>
/// <param name="From">First day.</param>
/// <param name="To">Last day, or <c>null</c> while it lasts.</param>
/// <param name="Reception">
/// The reception name (<c>municipal</c>, <c>municipal-catering</c>, <c>coa</c>, <c>private</c>, <c>own-home</c>) or,
/// where only that is known, the location kind.
/// </param>
public readonly record struct PlacementPeriod(LocalDate From, LocalDate? To, string Reception)
{
    /// <summary>Whether the period covers <paramref name="day"/> (both ends included).</summary>
    public bool Covers(LocalDate day) => From <= day && (To is null || To >= day);

    /// <summary>Whether this reception is in the municipal scheme (see <see cref="PlacementOnDay.IsInScheme(string?)"/>).</summary>
    public bool InScheme => PlacementOnDay.IsInScheme(Reception);
}
