using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>A transition decision for one person in one run, with what it is in stored form (the parameter version used is its run's unless it says another).</summary>
/// <remarks>
/// The outcome is in columns; the rest (rules evaluated and met, facts used, actions, flags, tasks) is
/// <see cref="Stored"/>, the compact form of <c>Overgang.Rules.Transition.StoredDecision</c>, whose references and texts
/// are numbers in the <see cref="ExplanationTexts"/> table it names. Read it with
/// <see cref="Facts.StoredExplanations"/>, which gives exactly the <c>decide</c> JSON the decision had
/// (docs/adr/0010-stored-decisions.md).
/// </remarks>
public sealed class DecisionRecord
{
    /// <summary>The run.</summary>
    public long RunId { get; set; }

    /// <summary>The person.</summary>
    public required string PersonId { get; set; }

    /// <summary>The decision date.</summary>
    public LocalDate Date { get; set; }

    /// <summary>The path (contract names).</summary>
    public required string Path { get; set; }

    /// <summary><c>decided</c> or <c>pending</c>.</summary>
    public required string Status { get; set; }

    /// <summary>First day of a granted document.</summary>
    public LocalDate? ValidFrom { get; set; }

    /// <summary>Last day of a granted document.</summary>
    public LocalDate? ValidUntil { get; set; }

    /// <summary>The decision in stored form (<c>Overgang.Rules.Transition.StoredDecision</c>); <c>null</c> only for a decision stored before that form.</summary>
    public byte[]? Stored { get; set; }

    /// <summary>For a decision stored before the stored form only: its <c>decide</c> JSON as it was written; else <c>null</c>.</summary>
    public string? Explanation { get; set; }

    /// <summary>
    /// The parameter version used when it is not its run's (a person decided again, <see cref="Runs.PersonDecisionRun"/>,
    /// after the parameters changed); <c>null</c> when it is the run's (<see cref="BatchRun.ParameterVersion"/>), as for
    /// every decision a run made (migration <c>RunRows</c>). Read the version a decision was made with through
    /// <see cref="RegistryContext.DecisionsWithVersion"/>.
    /// </summary>
    public string? ParameterVersion { get; set; }
}
