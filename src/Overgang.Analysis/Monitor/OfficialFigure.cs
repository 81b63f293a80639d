using NodaTime;

namespace Overgang.Analysis.Monitor;

/// <summary>One published figure for the Netherlands.</summary>
/// <param name="Date">The date the figure describes.</param>
/// <param name="Metric">What is measured, such as <c>brp_registered_tp</c>.</param>
/// <param name="Value">The value.</param>
/// <param name="Unit">persons, places or percent.</param>
/// <param name="Note">A remark from the source.</param>
/// <param name="Source">Document and lines, such as <c>003:4</c>.</param>
public sealed record OfficialFigure(LocalDate Date, string Metric, double Value, string Unit, string Note, string Source);
