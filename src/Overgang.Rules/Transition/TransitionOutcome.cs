using System.Collections.Immutable;
using Overgang.Rules.Parameters;

namespace Overgang.Rules.Transition;

/// <summary>The outcome of deciding a group of persons: the decisions, or why none can be made on the date.</summary>
public abstract record TransitionOutcome
{
    private protected TransitionOutcome()
    {
    }

    /// <summary>Every person was decided (decided or pending).</summary>
    /// <param name="Decisions">One decision per person, in input order.</param>
    public sealed record Decided(ImmutableArray<TransitionDecision> Decisions) : TransitionOutcome;

    /// <summary>A parameter the decision needs is unknown on the date: nothing is decided.</summary>
    /// <param name="Missing">The parameter and why.</param>
    public sealed record ParameterMissing(MissingParameter Missing) : TransitionOutcome;
}
