using System.Collections.Immutable;
using NodaTime;
using Overgang.Linkage.Names;
using Overgang.Linkage.Records;

namespace Overgang.Linkage.Synthetic;

/// <summary>Another member state's registrations as the benchmark makes them, with the truth: which are persons of the registry.</summary>
/// <param name="Records">The registrations, shuffled.</param>
/// <param name="Truth">For each registration of a registry person: its id and the person's id.</param>
public sealed record ForeignFile(ImmutableArray<LinkRecord> Records, ImmutableDictionary<string, string> Truth)
{
    /// <summary>
    /// Makes a file of <paramref name="size"/> registrations: a share <paramref name="duplicates"/> are persons of
    /// <paramref name="registry"/> written with the corruptions of <paramref name="rates"/>, the rest persons of
    /// <paramref name="others"/> (another population) written the same way.
    /// </summary>
    public static ForeignFile Make(IReadOnlyList<SyntheticSource> registry, IReadOnlyList<SyntheticSource> others, int size, double duplicates, CorruptionRates rates, int seed)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(others);
        ArgumentNullException.ThrowIfNull(rates);
        var random = new Random(seed);
        var twins = Math.Min(registry.Count, (int)Math.Round(size * duplicates));
        var strangers = Math.Min(others.Count, size - twins);
        var chosen = Sample(random, registry.Count, twins).Select(i => (Source: registry[i], Twin: true))
            .Concat(Sample(random, others.Count, strangers).Select(i => (Source: others[i], Twin: false)))
            .OrderBy(_ => random.Next()).ToList();
        var records = ImmutableArray.CreateBuilder<LinkRecord>(chosen.Count);
        var truth = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var rendered = new Dictionary<(string, TransliterationSystem), string>();
        for (var n = 0; n < chosen.Count; n++)
        {
            var (source, twin) = chosen[n];
            var id = "F" + n.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
            records.Add(Corrupt(id, source, rates, random, rendered));
            if (twin)
            {
                truth[id] = source.Id;
            }
        }

        return new ForeignFile(records.MoveToImmutable(), truth.ToImmutable());
    }

    /// <summary>One registration of <paramref name="source"/> as the other member state wrote it.</summary>
    /// <param name="id">The registration's id.</param>
    /// <param name="source">The person.</param>
    /// <param name="rates">The corruption rates.</param>
    /// <param name="random">The file's random numbers.</param>
    /// <param name="rendered">Renderings made so far, shared by the records (one string per name and system), or <c>null</c>.</param>
    internal static LinkRecord Corrupt(string id, SyntheticSource source, CorruptionRates rates, Random random, Dictionary<(string, TransliterationSystem), string>? rendered = null)
    {
        string Render(string cyrillic, TransliterationSystem system)
        {
            if (rendered is null)
            {
                return Transliteration.Render(cyrillic, system);
            }

            if (!rendered.TryGetValue((cyrillic, system), out var text))
            {
                text = Transliteration.Render(cyrillic, system);
                rendered[(cyrillic, system)] = text;
            }

            return text;
        }

        var roll = random.NextDouble();
        var system = roll < rates.PassportRussian ? TransliterationSystem.PassportRussian
            : roll < rates.PassportRussian + rates.German ? TransliterationSystem.German
            : roll < rates.PassportRussian + rates.German + rates.Polish ? TransliterationSystem.Polish
            : TransliterationSystem.UkrainianNational;
        var cyrillic = random.NextDouble() < rates.CyrillicScript;
        var russianForm = random.NextDouble() < rates.RussianForm;
        string family, given;
        if (source.FamilyNameCyrillic is { } familyCyrillic && source.GivenNameCyrillic is { } givenCyrillic)
        {
            var givenForm = russianForm && GivenNameEquivalents.Table.RussianForm(givenCyrillic) is { } russian ? russian : givenCyrillic;
            family = cyrillic ? familyCyrillic : Render(familyCyrillic, system);
            given = cyrillic ? givenForm : Render(givenForm, system);
        }
        else
        {
            family = source.FamilyName;
            given = source.GivenName;
        }

        if (random.NextDouble() < rates.OtherFamilyName)
        {
            family = random.NextDouble() < 0.5 ? family + "-" + Pick(random, ["Smith", "Müller", "Nowak", "Jansen", "Kowalska"]) : Pick(random, ["Smith", "Müller", "Nowak", "Jansen", "Kowalska"]);
        }

        family = random.NextDouble() < rates.Typo ? Typo(family, random) : family;
        given = random.NextDouble() < rates.Typo ? Typo(given, random) : given;
        return new LinkRecord(id, family, given, Date(source.BirthDate, rates, random),
            random.NextDouble() < rates.MissingSex ? null : source.Sex,
            random.NextDouble() < rates.MissingNationality ? null : source.Nationality,
            null);
    }

    private static LinkDate? Date(LocalDate birth, CorruptionRates rates, Random random)
    {
        var date = LinkDate.From(birth);
        var roll = random.NextDouble();
        if (roll < rates.MissingDate)
        {
            return null;
        }

        roll -= rates.MissingDate;
        if (roll < rates.YearOnly)
        {
            return new LinkDate(date.Year, 0, 0);
        }

        roll -= rates.YearOnly;
        if (roll < rates.SwappedDate)
        {
            return date.Day <= 12 && date.Day != date.Month ? new LinkDate(date.Year, date.Day, date.Month) : date;
        }

        roll -= rates.SwappedDate;
        if (roll < rates.DigitOff)
        {
            for (var attempt = 0; attempt < 10; attempt++)
            {
                var digits = date.Digits.ToCharArray();
                var position = random.Next(2, 8);
                digits[position] = (char)('0' + random.Next(10));
                if (LinkDate.Parse($"{new string(digits, 0, 4)}-{new string(digits, 4, 2)}-{new string(digits, 6, 2)}") is { } changed && changed != date && IsDate(changed))
                {
                    return changed;
                }
            }
        }

        return date;
    }

    private static bool IsDate(LinkDate date) => date.Day <= CalendarSystem.Iso.GetDaysInMonth(date.Year, date.Month);

    private static string Typo(string name, Random random)
    {
        if (name.Length < 3)
        {
            return name;
        }

        var chars = name.ToList();
        var at = random.Next(1, chars.Count - 1);
        switch (random.Next(4))
        {
            case 0:
                chars[at] = (char)('a' + random.Next(26));
                break;
            case 1:
                chars.RemoveAt(at);
                break;
            case 2:
                chars.Insert(at, chars[at]);
                break;
            default:
                (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                break;
        }

        return new string([.. chars]);
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static IEnumerable<int> Sample(Random random, int count, int take)
    {
        var chosen = new HashSet<int>();
        while (chosen.Count < take)
        {
            chosen.Add(random.Next(count));
        }

        return chosen.Order();
    }
}
