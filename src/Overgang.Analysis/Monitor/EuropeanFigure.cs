using NodaTime;

namespace Overgang.Analysis.Monitor;

/// <summary>One published figure for a member state or for the EU.</summary>
/// <param name="Date">The date the figure describes (the last day of its period).</param>
/// <param name="MemberState">An ISO 3166-1 alpha-2 code, <c>EU27</c>, <c>EU+</c> or <c>EU</c> (the source does not say which).</param>
/// <param name="Metric">What is measured, such as <c>tp_beneficiaries</c>.</param>
/// <param name="Value">The value.</param>
/// <param name="Unit">persons, decisions, applications or percent.</param>
/// <param name="Note">A remark on the figure (empty when none).</param>
/// <param name="Source">Document and lines, such as <c>002:173-175</c>.</param>
public sealed record EuropeanFigure(LocalDate Date, string MemberState, string Metric, double Value, string Unit, string Note, string Source);
