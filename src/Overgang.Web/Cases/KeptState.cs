using NodaTime;
using Overgang.Registry;

namespace Overgang.Web.Cases;

/// <summary>What a kept result was computed on: the legal day, the registry's counters as read then, and what the result follows (<see cref="KeptOn"/>).</summary>
/// <param name="Day">The legal day.</param>
/// <param name="Counters">The registry's revision, activity and the counters of its parts (<see cref="FactAreas"/>).</param>
/// <param name="On">Which of the counters the result follows.</param>
internal readonly record struct KeptState(LocalDate Day, RegistryCounters Counters, KeptOn On)
{
    /// <summary>
    /// Whether a result kept on this state is still exact now: the same day and the same counters of what it follows.
    /// A result on the facts alone does not follow the activity; a result on one area of the facts follows that area's
    /// counter and the revision's raises no area counts (bulk writes), not the revision itself.
    /// </summary>
    public bool Holds(KeptState now) =>
        Day == now.Day && On switch
        {
            KeptOn.Facts => Counters.Revision == now.Counters.Revision,
            KeptOn.FactsAndActivity => Counters.Revision == now.Counters.Revision && Counters.Activity == now.Counters.Activity,
            KeptOn.Placements => Same(now, FactArea.Placements),
            KeptOn.PlacementsAndActivity => Same(now, FactArea.Placements) && Counters.Activity == now.Counters.Activity,
            KeptOn.ReturnProgramme => Same(now, FactArea.ReturnProgramme),
            KeptOn.Stays => Same(now, FactArea.Stays),
            KeptOn.Activity => Counters.Activity == now.Counters.Activity && Counters.Untracked == now.Counters.Untracked,
            _ => false,
        };

    /// <summary>The one part of the facts a result kept <paramref name="on"/> follows, or <c>null</c> when it follows more or none.</summary>
    public static FactArea? AreaOf(KeptOn on) => on switch
    {
        KeptOn.Placements => FactArea.Placements,
        KeptOn.ReturnProgramme => FactArea.ReturnProgramme,
        KeptOn.Stays => FactArea.Stays,
        _ => null,
    };

    private bool Same(KeptState now, FactArea area) => Counters.Untracked == now.Counters.Untracked && Counters.Of(area) == now.Counters.Of(area);
}
