namespace Overgang.Web.Households;

/// <summary>One step of "why this amount": the rule, its source, what it did and its value.</summary>
/// <param name="Rule">Rule id.</param>
/// <param name="Reference">The regulation or policy source.</param>
/// <param name="Text">What the rule did, in plain words.</param>
/// <param name="Value">Euros, or <c>null</c>.</param>
public sealed record ExplanationView(string Rule, string Reference, string Text, decimal? Value)
{
    /// <summary>The step as the rules gave it, so that a page words it in its language (not part of the API's answer).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Overgang.Rules.Explanations.ExplanationItem? Step { get; init; }

    /// <summary>The view of a rule's step.</summary>
    public static ExplanationView Of(Overgang.Rules.Explanations.ExplanationItem step) =>
        new(step.Rule, step.Reference, step.Text, step.Value?.Euros) { Step = step };
}
