using System.Collections.Immutable;
using Overgang.Registry.Model;
using Overgang.Rules.Provisions;

namespace Overgang.Registry.Runs;

/// <summary>What the allowance month needs of one registered member, read from the registry rows beforehand.</summary>
/// <param name="Person">The person.</param>
/// <param name="Reception">The reception of the placement current on the first day of the month, or <c>null</c>.</param>
/// <param name="PartnerId">The person's partner in force on the month's reference day (<c>RelationsOnDay</c>), or <c>null</c>.</param>
/// <param name="Parents">The person's responsible adults in force on the month's reference day (ids).</param>
/// <param name="IncomeCents">The person's income of the month, in cents.</param>
/// <param name="Path">The person's transition path and what goes with it, needed for a month after the last day of protection; <c>null</c> when not known.</param>
public sealed record MemberMonth(Person Person, string? Reception, string? PartnerId, ImmutableArray<string> Parents, long IncomeCents, PathFacts? Path = null);
