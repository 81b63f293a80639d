using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Registry.Runs;
using Overgang.Rules.Transition;

namespace Overgang.Analysis.Reforms;

/// <summary>
/// A population indexed once for simulation: households with their members, and every row a rule input needs, by
/// person. The baseline and each reform run over the same index, so their differences come from the parameters only.
/// </summary>
public sealed class PopulationIndex
{
    private readonly ILookup<string, string> _parents;
    private readonly FrozenDictionary<string, Placement[]> _placements;
    private readonly Dictionary<(string Person, LocalDate Month), long> _incomes;
    private readonly ImmutableArray<Absence> _absences;

    private PopulationIndex(Registry.Population.Population population)
    {
        Population = population;
        Municipalities = population.Municipalities.ToFrozenDictionary(m => m.Code, m => m.Name, StringComparer.Ordinal);
        Households = [.. population.Persons
            .GroupBy(p => p.HouseholdId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new IndexedHousehold(g.Key, g.First().MunicipalityCode, [.. g.OrderBy(p => p.Id, StringComparer.Ordinal)]))];
        _parents = population.Parents.ToLookup(p => p.PersonId, p => p.ParentId, StringComparer.Ordinal);
        _placements = population.Placements.GroupBy(p => p.PersonId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.From).ToArray(), StringComparer.Ordinal);
        _incomes = population.Incomes.ToDictionary(i => (i.PersonId, i.Month), i => i.AmountCents);
        _absences = population.Absences;
        var protections = population.Protections.ToLookup(p => p.PersonId, StringComparer.Ordinal);
        var returns = population.ReturnCommitments.ToDictionary(r => r.PersonId, StringComparer.Ordinal);
        var permits = population.OtherPermits.ToDictionary(r => r.PersonId, StringComparer.Ordinal);
        var facts = new List<TransitionFacts>(population.Persons.Length);
        var municipalityOf = new List<string>(population.Persons.Length);
        foreach (var household in Households)
        {
            foreach (var person in household.Members)
            {
                if (TransitionInputs.Facts(person, protections[person.Id], returns.GetValueOrDefault(person.Id), permits.GetValueOrDefault(person.Id)) is { } found)
                {
                    facts.Add(found);
                    municipalityOf.Add(person.MunicipalityCode);
                }
            }
        }

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

    /// <summary>Indexes a population.</summary>
    public static PopulationIndex Of(Registry.Population.Population population)
    {
        ArgumentNullException.ThrowIfNull(population);
        return new PopulationIndex(population);
    }

    /// <summary>The reception of a person's placement on a day (the latest one that started), or <c>null</c>.</summary>
    public string? ReceptionOn(string personId, LocalDate day) =>
        _placements.TryGetValue(personId, out var placements)
            ? placements.FirstOrDefault(p => p.From <= day && (p.To is null || p.To >= day))?.Reception
            : null;

    /// <summary>The responsible adults of a person.</summary>
    public IEnumerable<string> ParentsOf(string personId) => _parents[personId];

    /// <summary>A person's income in the month starting on <paramref name="month"/>, in cents.</summary>
    public long IncomeOf(string personId, LocalDate month) => _incomes.GetValueOrDefault((personId, month));

    /// <summary>Persons away longer than <paramref name="maximumDays"/> in an absence overlapping the month.</summary>
    public FrozenSet<string> AwayLongerThan(LocalDate first, LocalDate last, int maximumDays) =>
        _absences.Where(a => a.From <= last && a.To >= first && HouseholdMonth.IsLongAbsence(a, maximumDays))
            .Select(a => a.PersonId).ToFrozenSet(StringComparer.Ordinal);
}
