using System.Collections.Immutable;

namespace Overgang.Registry.Facts;

/// <summary>The month's allowance of one registered household.</summary>
/// <param name="InScheme">False when no member is in municipal, private or own-home reception (nothing is paid).</param>
/// <param name="AwayOverMaximum">Members left out because they were away longer than the maximum.</param>
/// <param name="Results">One result per allowance household (payment key <c>householdId#n</c>).</param>
public sealed record HouseholdAllowance(bool InScheme, int AwayOverMaximum, ImmutableArray<AllowanceResult> Results);
