using NodaTime;

namespace Overgang.Analysis.Monitor;

/// <summary>One version of an entered or amended indicator score, as stored in the registry (<c>scorecard_entry</c>).</summary>
/// <param name="Period">The scorecard period.</param>
/// <param name="Domain">The domain id.</param>
/// <param name="Factor">The factor id.</param>
/// <param name="Indicator">The indicator id.</param>
/// <param name="Version">1 for the first entry, then one more per amendment.</param>
/// <param name="Score">The score.</param>
/// <param name="PreviousScore">The score before (shipped or the previous version), or <c>null</c>.</param>
/// <param name="Justification">Source and justification.</param>
/// <param name="Reason">Why it was entered or amended.</param>
/// <param name="Actor">Who.</param>
/// <param name="At">When.</param>
public sealed record EnteredScore(string Period, string Domain, string Factor, string Indicator, int Version, int Score, int? PreviousScore, string Justification, string Reason, string Actor, Instant At);
