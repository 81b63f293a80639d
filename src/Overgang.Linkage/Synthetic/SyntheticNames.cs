using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;

namespace Overgang.Linkage.Synthetic;

/// <summary>
/// The names of the linkage benchmark's synthetic population, in Cyrillic, drawn with a realistic frequency skew from
/// the data files in <c>Synthetic/Data</c> (their sources are stated in the files: project assumptions): given names by
/// sex; family names from the most frequent ones or, for the long tail, composed of a stem and a suffix.
/// </summary>
public sealed class SyntheticNames
{
    private readonly Weighted<string> _men;
    private readonly Weighted<string> _women;
    private readonly Weighted<(string Masculine, string Feminine)> _frequent;
    private readonly Weighted<string> _stems;
    private readonly Weighted<(string Masculine, string Feminine)> _suffixes;

    private SyntheticNames(Weighted<string> men, Weighted<string> women, Weighted<(string, string)> frequent, Weighted<string> stems, Weighted<(string, string)> suffixes)
    {
        (_men, _women, _frequent, _stems, _suffixes) = (men, women, frequent, stems, suffixes);
    }

    /// <summary>The lists shipped with the engine.</summary>
    public static SyntheticNames Default { get; } = Load();

    /// <summary>
    /// The share of persons whose family name comes from the list of most frequent names (project assumption: the
    /// hundred most common Ukrainian family names are borne by roughly a tenth of the population); the others get a
    /// composed name.
    /// </summary>
    public const double FrequentFamilyShare = 0.10;

    /// <summary>Distinct given names per sex.</summary>
    public (int Men, int Women) GivenNames => (_men.Count, _women.Count);

    /// <summary>Distinct family names the lists can give (frequent names plus stems times suffixes; some composed ones may repeat a frequent one).</summary>
    public int FamilyNames => _frequent.Count + (_stems.Count * _suffixes.Count);

    /// <summary>A given name in Cyrillic for a person of <paramref name="sex"/> (<c>F</c> or otherwise).</summary>
    public string Given(string sex, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return (sex == "F" ? _women : _men).Draw(random);
    }

    /// <summary>A family name in Cyrillic, in the form for <paramref name="sex"/>.</summary>
    public string Family(string sex, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var feminine = sex == "F";
        if (random.NextDouble() < FrequentFamilyShare)
        {
            var (masculine, female) = _frequent.Draw(random);
            return feminine ? female : masculine;
        }

        var stem = _stems.Draw(random);
        var (suffix, femaleSuffix) = _suffixes.Draw(random);
        return stem + (feminine ? femaleSuffix : suffix);
    }

    private static SyntheticNames Load()
    {
        var given = Rows("given-names.csv", "sex,name,weight");
        var frequent = Rows("family-names.csv", "masculine,feminine,weight");
        var stems = Rows("family-name-stems.csv", "stem,weight");
        var suffixes = Rows("family-name-suffixes.csv", "masculine,feminine,weight");
        return new SyntheticNames(
            new([.. given.Where(r => r[0] == "M").Select(r => (r[1], Weight(r[2])))]),
            new([.. given.Where(r => r[0] == "F").Select(r => (r[1], Weight(r[2])))]),
            new([.. frequent.Select(r => ((r[0], r[1]), Weight(r[2])))]),
            new([.. stems.Select(r => (r[0], Weight(r[1])))]),
            new([.. suffixes.Select(r => ((r[0], r[1]), Weight(r[2])))]));
    }

    private static double Weight(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static List<string[]> Rows(string file, string header)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Overgang.Linkage.Synthetic.Data." + file)
            ?? throw new InvalidOperationException($"{file} is not embedded");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var rows = new List<string[]>();
        var seenHeader = false;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (!seenHeader)
            {
                seenHeader = line == header ? true : throw new InvalidOperationException($"{file}: the header must be {header}");
                continue;
            }

            rows.Add(line.Split(','));
        }

        return rows;
    }

    /// <summary>Values with weights, drawn by a binary search over the cumulative weights.</summary>
    private sealed class Weighted<T>
    {
        private readonly ImmutableArray<T> _values;
        private readonly double[] _cumulative;

        public Weighted(IReadOnlyList<(T Value, double Weight)> rows)
        {
            _values = [.. rows.Select(r => r.Value)];
            _cumulative = new double[rows.Count];
            var sum = 0.0;
            for (var i = 0; i < rows.Count; i++)
            {
                sum += rows[i].Weight;
                _cumulative[i] = sum;
            }
        }

        public int Count => _values.Length;

        public T Draw(Random random)
        {
            var at = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
            return _values[Math.Min(_values.Length - 1, at < 0 ? ~at : at)];
        }
    }
}
