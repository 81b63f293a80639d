using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;

namespace Overgang.Contracts.Decide;

/// <summary>Answers a validated decide request: every person's decision, or a refusal naming the unknown parameter.</summary>
public static class DecideHandler
{
    /// <summary>Decides every person of a validated request; refuses a date whose parameters are unknown.</summary>
    public static bool TryHandle(DecideRequest request, ParameterTree parameters, out ImmutableArray<TransitionDecision> decisions, [NotNullWhen(false)] out InputError? error)
    {
        switch (TransitionDecider.DecideAll(request.Persons, parameters, request.Date))
        {
            case TransitionOutcome.Decided decided:
                decisions = decided.Decisions;
                error = null;
                return true;
            case TransitionOutcome.ParameterMissing missing:
                decisions = [];
                error = InputError.For(missing.Missing);
                return false;
            default:
                throw new InvalidOperationException("unknown transition outcome");
        }
    }
}
