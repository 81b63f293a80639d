using System.Collections.Immutable;

namespace Overgang.Rules.Countries;

/// <summary>A post-protection status that a member state offers, as data: what it is, how long, on which conditions.</summary>
/// <remarks>
/// Durations, dates and thresholds are parameter ids (of the package or of the rules' parameter tree), never values:
/// an option whose status the sources do not give has <see cref="Status"/> <c>null</c> and a <see cref="UnknownNote"/>.
/// </remarks>
public sealed record CountryOption
{
    /// <summary>Stable id, such as <c>pl.temporary-residence</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What the status is, or <c>null</c> when the sources do not say.</summary>
    public string? Status { get; init; }

    /// <summary>Why the status is unknown, when it is.</summary>
    public string? UnknownNote { get; init; }

    /// <summary>The parameter with the longest validity of the status, or <c>null</c> when the package sets none (the permit's own).</summary>
    public string? MaxDurationParameter { get; init; }

    /// <summary>The parameter with the first day on which the status is available, or <c>null</c>.</summary>
    public string? AvailableFromParameter { get; init; }

    /// <summary>The source of the option.</summary>
    public required string SourceId { get; init; }

    /// <summary>
    /// True when the option is decided by the Dutch transition rules (the Netherlands' options): the decision says which
    /// applies, and the check of national options leaves it to that decision.
    /// </summary>
    public bool DecidedByTransitionRules { get; init; }

    /// <summary>
    /// True when the sources give the option's conditions in full. When they give some (or, "for example", a few), a
    /// person's facts can show the option is out of reach, never that it is within it: the check says unknown.
    /// </summary>
    public bool ConditionsComplete { get; init; }

    /// <summary>The conditions the sources give, in their order.</summary>
    public required ImmutableArray<CountryCondition> Conditions { get; init; }
}
