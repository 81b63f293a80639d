using NodaTime;
using Overgang.Linkage.Names;

namespace Overgang.Linkage.Synthetic;

/// <summary>One person's birth date, sex and nationality, as the population generator drew them.</summary>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="Sex">Sex.</param>
/// <param name="Nationality">Nationality.</param>
public readonly record struct Demography(LocalDate BirthDate, string Sex, string Nationality);

/// <summary>
/// The linkage benchmark's persons: birth years, sex and nationality resampled from a sample of the population
/// generator's persons (its age, sex and nationality mix), the day of birth drawn anew within the year, and names from
/// <see cref="SyntheticNames"/> (Cyrillic; the Latin form by the Ukrainian national system). One pass, no other
/// allocation than the records themselves: the benchmark needs names and dates, not households, incomes or placements.
/// </summary>
public static class SyntheticPopulation
{
    /// <summary>Makes <paramref name="count"/> persons with ids <c>{prefix}00000001</c> on, seeded by <paramref name="seed"/>.</summary>
    public static List<SyntheticSource> Generate(int count, int seed, IReadOnlyList<Demography> sample, SyntheticNames names, string prefix)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(names);
        if (sample.Count == 0)
        {
            throw new ArgumentException("the demography sample is empty", nameof(sample));
        }

        var random = new Random(seed);
        var persons = new List<SyntheticSource>(count);
        // One Latin string per name, shared by every person bearing it (millions of persons, a few thousand names).
        var latin = new Dictionary<string, string>(StringComparer.Ordinal);
        string Latin(string cyrillic)
        {
            if (!latin.TryGetValue(cyrillic, out var text))
            {
                text = UkrainianTransliteration.ToLatin(cyrillic);
                latin[cyrillic] = text;
            }

            return text;
        }

        for (var n = 0; n < count; n++)
        {
            var person = sample[random.Next(sample.Count)];
            var year = person.BirthDate.Year;
            var birth = new LocalDate(year, 1, 1).PlusDays(random.Next(CalendarSystem.Iso.GetDaysInYear(year)));
            var family = names.Family(person.Sex, random);
            var given = names.Given(person.Sex, random);
            persons.Add(new SyntheticSource(
                prefix + (n + 1).ToString("D8", System.Globalization.CultureInfo.InvariantCulture),
                Latin(family),
                Latin(given),
                family,
                given,
                birth,
                person.Sex,
                person.Nationality));
        }

        return persons;
    }
}
