namespace Overgang.Rules.Allowance;

/// <summary>A municipality's recorded decision to levy a lower own contribution in a hardship case (maatwerk).</summary>
/// <param name="Contribution">The contribution the municipality decided; at most the contribution the rules give.</param>
/// <param name="Reason">Why, as recorded by the municipality; shown in the explanation.</param>
public sealed record HardshipOverride(Money Contribution, string Reason);
