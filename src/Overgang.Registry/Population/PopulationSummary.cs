using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;
using Overgang.Registry.Model;

namespace Overgang.Registry.Population;

/// <summary>Measures a generated population against every <see cref="Calibration"/> target, from the rows themselves.</summary>
public static class PopulationSummary
{
    private const int AgeOfMajority = 18;
    private const int LastWorkingAge = 66;
    private const int GenerationGap = 15;
    private const int AbsenceLimitDays = 28;

    /// <summary>Computes the generated value of each target, in the order of <see cref="Calibration.Targets"/>.</summary>
    public static ImmutableArray<SummaryRow> Compute(Population population)
    {
        ArgumentNullException.ThrowIfNull(population);
        var counts = new Counts();
        counts.Add(population);
        return counts.Rows();
    }

    /// <summary>
    /// The counts behind every target, added up over the slices of a generated population (see
    /// <see cref="PopulationGenerator.Generate(int, int, int, Action{Population}, IProgress{ValueTuple{int, int}})"/>): every
    /// measure is a count of rows over a count of rows, and the household measures only need the households of one slice.
    /// </summary>
    public sealed class Counts
    {
        private readonly (long Count, long Total)[] _counts = new (long, long)[Calibration.Targets.Length];

        /// <summary>Adds the rows of a slice that holds whole households (or none).</summary>
        public void Add(Population slice)
        {
            ArgumentNullException.ThrowIfNull(slice);
            var facts = new Facts(slice);
            for (var i = 0; i < _counts.Length; i++)
            {
                var (count, total) = Measure(Calibration.Targets[i].Id, slice, facts);
                _counts[i] = (_counts[i].Count + count, _counts[i].Total + total);
            }
        }

        /// <summary>The generated value of each target so far, in the order of <see cref="Calibration.Targets"/>.</summary>
        public ImmutableArray<SummaryRow> Rows() => [.. Calibration.Targets.Select((t, i) => new SummaryRow(t, Percent(_counts[i].Count, _counts[i].Total)))];
    }

    private static (long Count, long Total) Measure(string id, Population p, Facts f) => id switch
    {
        "reception.municipal" => Share(p.Placements, x => x.Reception is "municipal" or "municipal-catering", p.Persons.Length),
        "reception.private" => Share(p.Placements, x => x.Reception == "private", p.Persons.Length),
        "reception.coa" => Share(p.Placements, x => x.Reception == "coa", p.Persons.Length),
        "reception.own-home" => Share(p.Placements, x => x.Reception == "own-home", p.Persons.Length),
        "reception.occupancy" => (Count(p.Placements, x => x.LocationId is not null && x.To is null), p.Locations.Sum(l => (long)l.Capacity)),
        "location.catering" => Share(p.Locations, l => l.Kind == "municipal-catering", Count(p.Locations, l => l.Kind is "municipal" or "municipal-catering")),
        "nationality.other" => Share(p.Persons, x => x.Nationality != "UA", p.Persons.Length),
        "residence.temporary" => Share(p.Persons, x => x.UkrainianResidence == "temporary", p.Persons.Length),
        "sex.men" => Share(p.Persons, x => x.Sex == "M", p.Persons.Length),
        "sex.men-15-65" => Share(p.Persons, x => x.Sex == "M" && f.Age(x) is >= 15 and <= 65, p.Persons.Length),
        "age.under-15" => Share(p.Persons, x => f.Age(x) < 15, p.Persons.Length),
        "household.alone" => Share(p.Persons, x => f.HouseholdSize(x) == 1, p.Persons.Length),
        "household.child" => Share(p.Persons, f.IsChildAtHome, p.Persons.Length),
        "municipality.amsterdam" => Share(p.Persons, x => x.MunicipalityCode == "GM0363", p.Persons.Length),
        "work.share" => Share(p.Persons, x => f.IsWorkingAge(x) && f.Working.Contains(x.Id), Count(p.Persons, f.IsWorkingAge)),
        "return.potential" => (p.ReturnCommitments.Length, p.Persons.Length),
        "return.signed" => Share(p.ReturnCommitments, x => x.CommitmentSigned, p.Persons.Length),
        "registration.other-state" => (p.Protections.Where(x => x.MemberState != "NL").Select(x => x.PersonId).Distinct().Count(), p.Persons.Length),
        "check.public-order.pending" => Share(p.Persons, x => f.Age(x) >= AgeOfMajority && x.PublicOrderCheck == "pending", Count(p.Persons, x => f.Age(x) >= AgeOfMajority)),
        "check.public-order.failed" => Share(p.Persons, x => f.Age(x) >= AgeOfMajority && x.PublicOrderCheck == "failed", Count(p.Persons, x => f.Age(x) >= AgeOfMajority)),
        "asylum.withdrawn" => Share(p.Persons, x => x.AsylumApplication == "withdrawn", p.Persons.Length),
        "medical.treatment" => Share(p.Persons, x => x.MedicalTreatment, p.Persons.Length),
        "permit.other" => (p.OtherPermits.Length, Count(p.Persons, f.IsWorkingAge)),
        "absence.any" => (p.Absences.Select(a => a.PersonId).Distinct().Count(), f.InReception),
        "absence.over-28" => (p.Absences.Where(a => Period.Between(a.From, a.To, PeriodUnits.Days).Days + 1 > AbsenceLimitDays).Select(a => a.PersonId).Distinct().Count(), f.InReception),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "no measure for this calibration target"),
    };

    private static (long Count, long Total) Share<T>(ImmutableArray<T> rows, Func<T, bool> predicate, long total) => (Count(rows, predicate), total);

    /// <summary>The rows that match, counted over the array itself (LINQ's <c>Count</c> would box its enumerator and call through an interface per row).</summary>
    private static int Count<T>(ImmutableArray<T> rows, Func<T, bool> predicate)
    {
        var count = 0;
        foreach (var row in rows)
        {
            count += predicate(row) ? 1 : 0;
        }

        return count;
    }

    private static double Percent(long count, long total) => total == 0 ? 0 : 100.0 * count / total;

    private sealed class Facts
    {
        // By the person object (the rows measured are these), not by id: ages are read many times per person.
        private readonly Dictionary<Person, int> _ages;
        private readonly Dictionary<string, List<Person>> _households;
        private readonly HashSet<string> _hasParent;

        public Facts(Population population)
        {
            _ages = new Dictionary<Person, int>(population.Persons.Length, ReferenceEqualityComparer.Instance);
            foreach (var person in population.Persons)
            {
                _ages.Add(person, Period.Between(person.BirthDate, population.Date, PeriodUnits.Years).Years);
            }

            // One pass over the persons, no grouping: the summary is counted for every slice of a generation.
            _households = new Dictionary<string, List<Person>>(population.Persons.Length, StringComparer.Ordinal);
            foreach (var person in population.Persons)
            {
                ref var members = ref CollectionsMarshal.GetValueRefOrAddDefault(_households, person.HouseholdId, out _);
                (members ??= new List<Person>(4)).Add(person);
            }

            _hasParent = [.. population.Parents.Select(p => p.PersonId)];

            var month = Calibration.IncomeMonths.First;
            Working = [.. population.Incomes.Where(i => i.Months.In(month) > 0).Select(i => i.PersonId)];
            InReception = Count(population.Placements, p => p.LocationId is not null && p.To is null);
        }

        public int HouseholdSize(Person person) => _households[person.HouseholdId].Count;

        public HashSet<string> Working { get; }

        public int InReception { get; }

        public int Age(Person person) => _ages[person];

        public bool IsWorkingAge(Person person) => Age(person) is >= AgeOfMajority and <= LastWorkingAge;

        /// <summary>A minor with a responsible adult, or an adult without a partner living with someone a generation older.</summary>
        public bool IsChildAtHome(Person person) =>
            _hasParent.Contains(person.Id)
            || (Age(person) >= AgeOfMajority && person.PartnerId is null
                && _households[person.HouseholdId].Any(o => o.Id != person.Id && Age(o) >= Age(person) + GenerationGap));
    }
}
