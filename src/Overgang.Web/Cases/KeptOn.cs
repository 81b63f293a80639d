namespace Overgang.Web.Cases;

/// <summary>What a result kept by <see cref="KeptPerRevision"/> follows from besides the legal day.</summary>
public enum KeptOn
{
    /// <summary>The registry's facts alone (its revision): persons, placements, locations, enrolments and the like.</summary>
    Facts,

    /// <summary>The facts and the registry's activity (<see cref="Registry.RegistryActivity"/>): runs, their decisions, payments and tasks, the quality tables.</summary>
    FactsAndActivity,

    /// <summary>
    /// Only the facts of <see cref="Registry.FactArea.Placements"/> (placements, absences, locations, municipality names):
    /// a change of another fact through the application leaves the result kept (<see cref="Registry.FactAreas"/>).
    /// </summary>
    Placements,

    /// <summary>The facts of <see cref="Registry.FactArea.Placements"/> and the registry's activity.</summary>
    PlacementsAndActivity,

    /// <summary>Only the facts of <see cref="Registry.FactArea.ReturnProgramme"/> (enrolments, the enrolled persons' names and municipality, municipality names).</summary>
    ReturnProgramme,

    /// <summary>Only the facts of <see cref="Registry.FactArea.Stays"/> (transitional stays, the persons' flags' inputs, names and municipality, municipality names).</summary>
    Stays,

    /// <summary>
    /// Only the registry's activity (<see cref="Registry.RegistryActivity"/>): runs, their decisions, payments and tasks,
    /// link candidates, the quality tables. No fact is read, so a change of a fact through the application leaves the result
    /// kept (a bulk write, which may replace anything, does not).
    /// </summary>
    Activity,
}
