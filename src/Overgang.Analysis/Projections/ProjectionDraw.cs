namespace Overgang.Analysis.Projections;

/// <summary>One Monte Carlo draw of the projection: monthly values of every series, indexed like the projected months.</summary>
/// <remarks>Persons are fractional here (expected values of a cohort model); the bands and tables round them.</remarks>
internal sealed class ProjectionDraw(int months)
{
    /// <summary>Persons present at the start of each month.</summary>
    public double[] Start { get; } = new double[months];

    /// <summary>Arrivals during each month.</summary>
    public double[] Arrivals { get; } = new double[months];

    /// <summary>Departures during each month.</summary>
    public double[] Departures { get; } = new double[months];

    /// <summary>Persons present at the end of each month: start + arrivals - departures.</summary>
    public double[] End { get; } = new double[months];

    /// <summary>Persons in municipal reception at the end of each month.</summary>
    public double[] Reception { get; } = new double[months];

    /// <summary>Transition documents issued by the IND in each month.</summary>
    public double[] Documents { get; } = new double[months];

    /// <summary>Social-assistance applications to municipalities in each month.</summary>
    public double[] SocialAssistance { get; } = new double[months];

    /// <summary>Health-insurance enrolments in each month.</summary>
    public double[] HealthInsurance { get; } = new double[months];

    /// <summary>Return-programme participants still in the Netherlands at the end of each month.</summary>
    public double[] ReturnParticipants { get; } = new double[months];

    /// <summary>Persons on a transitional stay (medical treatment, completing the school year) at the end of each month.</summary>
    public double[] TransitionalStays { get; } = new double[months];

    /// <summary>New asylum applications in each month (no document after the end, and new arrivals after the end).</summary>
    public double[] AsylumApplications { get; } = new double[months];
}
