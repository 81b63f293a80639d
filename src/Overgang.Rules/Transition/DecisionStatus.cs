using System.Collections.Immutable;

namespace Overgang.Rules.Transition;

/// <summary>Whether a decision is final on the facts, or waits for missing facts and outstanding acts.</summary>
public abstract record DecisionStatus
{
    private protected DecisionStatus()
    {
    }

    /// <summary>Every fact the path needs is known.</summary>
    public sealed record Decided : DecisionStatus
    {
        /// <summary>The single instance.</summary>
        public static readonly Decided Instance = new();

        private Decided()
        {
        }
    }

    /// <summary>A fact is missing or an act is outstanding; <paramref name="Actions"/> lists every one.</summary>
    /// <param name="Actions">The actions, never empty.</param>
    public sealed record Pending(ImmutableArray<PendingAction> Actions) : DecisionStatus;
}
