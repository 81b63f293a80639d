using System.Collections.Immutable;
using System.Globalization;

namespace Overgang.Registry.Population;

/// <summary>The municipalities of the synthetic population with their weights, read from the embedded <c>municipalities.csv</c>.</summary>
internal static class MunicipalityCatalogue
{
    private static readonly Lazy<ImmutableArray<(string Code, string Name, double Weight)>> _all = new(Load);

    /// <summary>Code, name and relative weight (shares add up to 1).</summary>
    public static ImmutableArray<(string Code, string Name, double Weight)> All => _all.Value;

    private static ImmutableArray<(string Code, string Name, double Weight)> Load()
    {
        using var stream = typeof(MunicipalityCatalogue).Assembly.GetManifestResourceStream("Overgang.Registry.Population.municipalities.csv")
            ?? throw new InvalidOperationException("municipalities.csv is not embedded");
        using var reader = new StreamReader(stream);
        var rows = new List<(string Code, string Name, int Inhabitants, bool Tail)>();
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var cells = line.Split(',');
            rows.Add((cells[0], cells[1], int.Parse(cells[2], CultureInfo.InvariantCulture), cells[3] == "1"));
        }

        // Listed municipalities weigh their inhabitants; the tail rows share the rest of the country. Amsterdam is set to
        // its published share of the displaced population (Calibration.Amsterdam), the others keep their proportions.
        var listed = rows.Where(r => !r.Tail).Sum(r => (double)r.Inhabitants);
        var tail = rows.Where(r => r.Tail).Sum(r => (double)r.Inhabitants);
        var tailScale = (Calibration.NationalPopulation - listed) / tail;
        var weights = rows.Select(r => r.Tail ? r.Inhabitants * tailScale : r.Inhabitants).ToArray();
        var amsterdam = rows.FindIndex(r => r.Name == "Amsterdam");
        var others = weights.Sum() - weights[amsterdam];
        var share = Calibration.Amsterdam.Value / 100;
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = i == amsterdam ? share : weights[i] / others * (1 - share);
        }

        return [.. rows.Select((r, i) => (r.Code, r.Name, weights[i]))];
    }
}
