namespace Overgang.Rules.Allowance;

/// <summary>A hardship override as asked for: the member whose household it concerns, and the override.</summary>
/// <param name="MemberId">Any member of the household.</param>
/// <param name="Override">The decided contribution and its reason.</param>
public sealed record HardshipOverrideRequest(string MemberId, HardshipOverride Override);
