namespace Overgang.Analysis.Reforms;

/// <summary>A count under the baseline and under the reform.</summary>
/// <param name="Key">What is counted, such as <c>transition-document / decided</c> or an owner.</param>
/// <param name="Baseline">The count under the baseline.</param>
/// <param name="Reform">The count under the reform.</param>
public sealed record CountDifference(string Key, int Baseline, int Reform)
{
    /// <summary>Reform minus baseline.</summary>
    public int Difference => Reform - Baseline;
}
