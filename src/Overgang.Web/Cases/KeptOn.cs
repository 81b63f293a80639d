namespace Overgang.Web.Cases;

/// <summary>What a result kept by <see cref="KeptPerRevision"/> follows from besides the legal day.</summary>
public enum KeptOn
{
    /// <summary>The registry's facts alone (its revision): persons, placements, locations, enrolments and the like.</summary>
    Facts,

    /// <summary>The facts and the registry's activity (<see cref="Registry.RegistryActivity"/>): runs, their decisions, payments and tasks, the quality tables.</summary>
    FactsAndActivity,
}
