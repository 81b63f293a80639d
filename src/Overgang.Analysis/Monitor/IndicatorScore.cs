namespace Overgang.Analysis.Monitor;

/// <summary>The score of one indicator in one report period.</summary>
/// <param name="Id">Stable id within its factor.</param>
/// <param name="Title">The indicator as the report names it (with an English translation).</param>
/// <param name="Score">From -2 (considerable decrease of the Dutch protection mandate) to +2 (considerable increase); <c>null</c> when not scored yet.</param>
/// <param name="Source">Where the score is (document and lines), or where the indicator is when not scored.</param>
/// <param name="Rationale">Why the score is what it is, or where the report discusses it.</param>
/// <param name="Version">0 as shipped in <c>Data/scorecards.yaml</c>; otherwise the version of the entered score (<see cref="EnteredScore"/>).</param>
public sealed record IndicatorScore(string Id, string Title, int? Score, string Source, string Rationale, int Version = 0);
