namespace Overgang.Analysis.Reforms;

/// <summary>The caseload of one month, or one month and municipality, under the baseline and the reform.</summary>
/// <param name="Key">The month (<c>YYYY-MM</c>) or <c>YYYY-MM/code</c>.</param>
/// <param name="Label">A readable name (the month again, or the municipality's name).</param>
/// <param name="Baseline">Under the baseline.</param>
/// <param name="Reform">Under the reform.</param>
public sealed record CaseloadDifference(string Key, string Label, Caseload Baseline, Caseload Reform)
{
    /// <summary>True when the reform changes no count.</summary>
    public bool Unchanged => Baseline == Reform;
}
