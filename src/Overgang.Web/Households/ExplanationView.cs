namespace Overgang.Web.Households;

/// <summary>One step of "why this amount": the rule, its source, what it did and its value.</summary>
/// <param name="Rule">Rule id.</param>
/// <param name="Reference">The regulation or policy source.</param>
/// <param name="Text">What the rule did, in plain words.</param>
/// <param name="Value">Euros, or <c>null</c>.</param>
public sealed record ExplanationView(string Rule, string Reference, string Text, decimal? Value);
