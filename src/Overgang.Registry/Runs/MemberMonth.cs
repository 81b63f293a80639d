using System.Collections.Immutable;
using Overgang.Registry.Model;
using Overgang.Rules.Provisions;

namespace Overgang.Registry.Runs;

/// <summary>What the allowance month needs of one registered member, read from the registry rows beforehand.</summary>
/// <param name="Person">The person.</param>
/// <param name="Reception">The reception of the placement current on the first day of the month, or <c>null</c>.</param>
/// <param name="Parents">The person's responsible adults (ids).</param>
/// <param name="IncomeCents">The person's income of the month, in cents.</param>
public sealed record MemberMonth(Person Person, string? Reception, ImmutableArray<string> Parents, long IncomeCents)
{
    /// <summary>
    /// The person's transition path and the facts that go with it (from the latest stored transition decision, the
    /// return commitment and the NL protection registration), or <c>null</c> when none is known; the rules need it for
    /// a month after the last day of protection.
    /// </summary>
    public PathFacts? Path { get; init; }
}
