namespace Overgang.Registry.Import;

/// <summary>The kinds of registry CSV file (docs/registry-csv.md), in the order they must be imported.</summary>
public enum ImportKind
{
    /// <summary><c>municipalities.csv</c>.</summary>
    Municipalities,

    /// <summary><c>locations.csv</c>.</summary>
    Locations,

    /// <summary><c>persons.csv</c>.</summary>
    Persons,

    /// <summary><c>relations.csv</c>.</summary>
    Relations,

    /// <summary><c>placements.csv</c>.</summary>
    Placements,

    /// <summary><c>incomes.csv</c>.</summary>
    Incomes,

    /// <summary><c>absences.csv</c>.</summary>
    Absences,

    /// <summary><c>checks.csv</c>.</summary>
    Checks,

    /// <summary><c>return.csv</c>: the return programme from enrolment to departure.</summary>
    Return,
    /// <summary><c>stays.csv</c>: transitional stays the IND decided (issue 16).</summary>
    Stays,
    /// <summary><c>location-groups.csv</c>: the target groups a location is set up for over time.</summary>
    LocationGroups,

    /// <summary><c>inspections.csv</c>: inspection findings per criterion.</summary>
    Inspections,

    /// <summary><c>complaints.csv</c>: complaints about locations and their handling.</summary>
    Complaints,

    /// <summary><c>conversions.csv</c>: planned conversions of places into housing.</summary>
    Conversions,

    /// <summary><c>occupancy.csv</c>: reported residents per target group (status holders, asylum seekers).</summary>
    Occupancy,
}
