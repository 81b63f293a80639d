using System.Collections.Immutable;
using Overgang.Registry.Model;

namespace Overgang.Analysis.Reforms;

/// <summary>A registered household in a <see cref="PopulationIndex"/>.</summary>
/// <param name="Id">The registered household id.</param>
/// <param name="MunicipalityCode">The municipality of its first member.</param>
/// <param name="Members">Its members, ordered by id.</param>
public sealed record IndexedHousehold(string Id, string MunicipalityCode, ImmutableArray<Person> Members)
{
    /// <summary>The rows of each member, by position.</summary>
    internal ImmutableArray<MemberRows> Rows { get; init; } = [];

    /// <summary>The position of its first member among all members of the population.</summary>
    internal int FirstMember { get; init; }

    /// <summary>The position of each member's entry in <see cref="PopulationIndex.TransitionFacts"/>, or -1 for a member without a protection registration.</summary>
    internal ImmutableArray<int> FactsOfMember { get; init; } = [];
}
