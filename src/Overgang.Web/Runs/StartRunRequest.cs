namespace Overgang.Web.Runs;

/// <summary>The body of <c>POST /api/v1/runs</c>.</summary>
/// <param name="Kind"><c>decisions</c> or <c>allowance</c>.</param>
/// <param name="Date">For decisions: the decision date (ISO <c>yyyy-MM-dd</c>; 2027-03-04 is the last day of protection).</param>
/// <param name="Month">For allowance: the month (<c>yyyy-MM</c>).</param>
/// <param name="ChunkSize">Households per committed chunk (default 5,000).</param>
/// <param name="Rerun">Run again even when a finished run already has the same inputs, parameters and registry state (by default that run is returned, 200).</param>
public sealed record StartRunRequest(string? Kind, string? Date, string? Month, int? ChunkSize, bool? Rerun = null);
