using System.Collections.Immutable;

namespace Overgang.Rules.Transition;

/// <summary>One rule that was evaluated for a decision: its id, source, what it found and whether its condition holds.</summary>
/// <param name="Rule">Stable rule id, such as <c>transition.cut-off</c> (see <see cref="TransitionRuleIds"/>).</param>
/// <param name="Reference">The policy or legal source, as a short citation.</param>
/// <param name="Text">What the rule found, in plain English.</param>
/// <param name="Met">Whether the rule's condition holds for the person.</param>
/// <param name="Facts">The facts and parameters the rule used.</param>
public sealed record Reason(string Rule, string Reference, string Text, bool Met, ImmutableArray<Fact> Facts);
