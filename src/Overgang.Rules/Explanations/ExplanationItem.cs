namespace Overgang.Rules.Explanations;

/// <summary>One step of an explanation: the rule that applied, its source, what it did in words, and its value.</summary>
/// <param name="Rule">Stable rule id, such as <c>allowance.food</c> (see <see cref="RuleIds"/>).</param>
/// <param name="Reference">The regulation or policy source, as a short citation.</param>
/// <param name="Text">What the rule did for this case, in plain words.</param>
/// <param name="Value">The amount the step produced, or <c>null</c> when it produced none.</param>
public sealed record ExplanationItem(string Rule, string Reference, string Text, Money? Value);
