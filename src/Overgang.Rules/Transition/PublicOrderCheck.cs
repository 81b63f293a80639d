namespace Overgang.Rules.Transition;

/// <summary>The outcome of the external public-order check (its criteria are not public; the system records the outcome).</summary>
public enum PublicOrderCheck
{
    /// <summary>Passed.</summary>
    Passed,

    /// <summary>Failed: no transition document.</summary>
    Failed,

    /// <summary>Not yet done: a fact is missing, so no decision can rest on it.</summary>
    Pending,
}
