using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;
using Overgang.Registry.Facts;
using Overgang.Registry.Model;
using Overgang.Registry.Runs;
using Overgang.Rules.Households;
using Overgang.Rules.Placements;
using Overgang.Rules.Provisions;
using Overgang.Rules.Transition;

namespace Overgang.Analysis.Reforms;

/// <summary>
/// A population indexed once for simulation: households with their members, and every row a rule input needs, by
/// person. The baseline and each reform run over the same index, so their differences come from the parameters only.
/// </summary>
public sealed class PopulationIndex
{
    private readonly ImmutableArray<Absence> _absences;

    private PopulationIndex(Registry.Population.Population population)
    {
        Population = population;
        Municipalities = population.Municipalities.ToFrozenDictionary(m => m.Code, m => m.Name, StringComparer.Ordinal);
        var relations = RelationRows.Of(population.Parents, population.EndedPartnerships);
        var placements = population.Placements.ToLookup(p => p.PersonId, StringComparer.Ordinal);
        var incomes = population.Incomes.ToDictionary(i => i.PersonId, i => i.Months, StringComparer.Ordinal);
        Households = [.. population.Persons
            .GroupBy(p => p.HouseholdId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var members = g.OrderBy(p => p.Id, StringComparer.Ordinal).ToImmutableArray();
                return new IndexedHousehold(g.Key, members[0].MunicipalityCode, members)
                {
                    Rows = [.. members.Select(p => new MemberRows(
                        [.. placements[p.Id].Select(x => new PlacementPeriod(x.From, x.To, x.Reception))],
                        relations.PartnersOf(p),
                        relations.ParentsOf(p.Id),
                        incomes.GetValueOrDefault(p.Id, IncomeMonths.None)))],
                };
            })];
        _absences = population.Absences;
        var protections = population.Protections.ToLookup(p => p.PersonId, StringComparer.Ordinal);
        var returns = population.ReturnCommitments.ToDictionary(r => r.PersonId, StringComparer.Ordinal);
        var permits = population.OtherPermits.ToDictionary(r => r.PersonId, StringComparer.Ordinal);
        var facts = new List<TransitionFacts>(population.Persons.Length);
        var municipalityOf = new List<string>(population.Persons.Length);
        var offset = 0;
        var households = Households.ToBuilder();
        for (var h = 0; h < households.Count; h++)
        {
            var household = households[h];
            var factsOfMember = new int[household.Members.Length];
            for (var m = 0; m < household.Members.Length; m++)
            {
                var person = household.Members[m];
                factsOfMember[m] = -1;
                if (TransitionInputs.Facts(person, protections[person.Id], returns.GetValueOrDefault(person.Id), permits.GetValueOrDefault(person.Id)) is { } found)
                {
                    factsOfMember[m] = facts.Count;
                    facts.Add(found);
                    municipalityOf.Add(person.MunicipalityCode);
                }
            }

            households[h] = household with { FirstMember = offset, FactsOfMember = [.. factsOfMember] };
            offset += household.Members.Length;
        }

        Households = households.ToImmutable();
        PersonCount = offset;
        TransitionFacts = [.. facts];
        MunicipalityOfFacts = [.. municipalityOf];
    }

    /// <summary>The population indexed.</summary>
    public Registry.Population.Population Population { get; }

    /// <summary>Registered households ordered by id, members ordered by id.</summary>
    public ImmutableArray<IndexedHousehold> Households { get; }

    /// <summary>Municipality names by code.</summary>
    public FrozenDictionary<string, string> Municipalities { get; }

    /// <summary>The transition facts of every person with a protection registration, households kept together.</summary>
    public ImmutableArray<TransitionFacts> TransitionFacts { get; }

    /// <summary>The municipality of each entry of <see cref="TransitionFacts"/>.</summary>
    public ImmutableArray<string> MunicipalityOfFacts { get; }

    /// <summary>Members of all households together; a member's position is its household's first member plus its own position.</summary>
    internal int PersonCount { get; }

    /// <summary>Indexes a population.</summary>
    public static PopulationIndex Of(Registry.Population.Population population)
    {
        ArgumentNullException.ThrowIfNull(population);
        return new PopulationIndex(population);
    }

    /// <summary>
    /// The members of a household as the allowance month needs them: the placement holding on <paramref name="day"/> (<see cref="PlacementOnDay"/>),
    /// the partner and the responsible adults in force on it (<see cref="RelationsOnDay"/>) and the month's income, read from rows indexed by position (no look-ups by id).
    /// </summary>
    public static IReadOnlyList<MemberMonth> MembersOn(IndexedHousehold household, LocalDate day) => MembersOn(household, day, null);

    /// <summary>
    /// The members of a household as the allowance month needs them, each with its path facts (by position in
    /// <see cref="TransitionFacts"/>; a member without a protection registration has none).
    /// </summary>
    /// <param name="household">The household.</param>
    /// <param name="day">The first day of the month.</param>
    /// <param name="paths">The path facts of each entry of <see cref="TransitionFacts"/>, or <c>null</c> to leave them out (months before the end of protection do not read them).</param>
    public static IReadOnlyList<MemberMonth> MembersOn(IndexedHousehold household, LocalDate day, IReadOnlyList<PathFacts>? paths)
    {
        ArgumentNullException.ThrowIfNull(household);
        var members = new MemberMonth[household.Members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            var rows = household.Rows[i];
            var reception = PlacementOnDay.On(rows.Placements.AsSpan(), day)?.Reception;

            var income = rows.Incomes.In(day) ?? 0;

            var facts = paths is null || household.FactsOfMember.IsDefaultOrEmpty ? -1 : household.FactsOfMember[i];
            var partner = RelationsOnDay.PartnerOn(rows.Partners.AsSpan(), day);
            members[i] = new MemberMonth(household.Members[i], reception, partner, RelationsOnDay.ParentsOn(rows.Parents.AsSpan(), day), income, facts < 0 ? null : paths![facts]);
        }

        return members;
    }

    /// <summary>Persons left out of the rule's month: away longer than the maximum in an absence overlapping it.</summary>
    public FrozenSet<string> AwayOverMaximum(AbsenceRule absence)
    {
        ArgumentNullException.ThrowIfNull(absence);
        return _absences.Where(a => absence.IsOverMaximum(a.From, a.To)).Select(a => a.PersonId).ToFrozenSet(StringComparer.Ordinal);
    }
}
