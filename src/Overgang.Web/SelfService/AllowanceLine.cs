namespace Overgang.Web.SelfService;

/// <summary>One rule of an allowance explanation.</summary>
/// <param name="Rule">The rule id (such as <c>allowance.food</c>).</param>
/// <param name="Text">The rule's explanation as recorded (English).</param>
/// <param name="Cents">The amount the rule gave, in euro cents, or <c>null</c> for a rule without an amount.</param>
public sealed record AllowanceLine(string Rule, string Text, long? Cents);
