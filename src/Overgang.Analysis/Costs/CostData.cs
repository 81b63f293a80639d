using System.Collections.Immutable;
using System.Globalization;
using NodaTime.Text;
using Overgang.Analysis.Projections;
using Overgang.Rules.Parameters;
using YamlDotNet.RepresentationModel;
using static Overgang.Analysis.AnalysisYaml;

namespace Overgang.Analysis.Costs;

/// <summary>The unit costs and cost items of the cost model, read from <c>Data/costs.yaml</c>.</summary>
/// <remarks>The file ships with the code, so a malformed one is a defect: <see cref="ParameterFileException"/> names file and line.</remarks>
public sealed class CostData
{
    private static readonly Lazy<CostData> _default = new(() => Parse("costs.yaml", ProjectionData.Embedded("costs.yaml")));

    private CostData(ImmutableDictionary<string, Source> sources, ImmutableArray<UnitCost> unitCosts, ImmutableArray<CostItem> items)
    {
        Sources = sources;
        UnitCosts = unitCosts;
        Items = items;
    }

    /// <summary>The shipped unit costs and items.</summary>
    public static CostData Default => _default.Value;

    /// <summary>Sources by id.</summary>
    public ImmutableDictionary<string, Source> Sources { get; }

    /// <summary>The unit costs, in file order.</summary>
    public ImmutableArray<UnitCost> UnitCosts { get; }

    /// <summary>The cost items, in file order.</summary>
    public ImmutableArray<CostItem> Items { get; }

    /// <summary>A unit cost by id.</summary>
    public UnitCost this[string id] => UnitCosts.First(u => string.Equals(u.Id, id, StringComparison.Ordinal));

    /// <summary>Reads a cost file.</summary>
    /// <exception cref="ParameterFileException">The file is malformed; the message names file and line.</exception>
    public static CostData Parse(string name, string text)
    {
        var root = new ParameterFile(name, text).ReadMapping();
        var sources = ImmutableDictionary.CreateBuilder<string, Source>(StringComparer.Ordinal);
        foreach (var map in Sequence(name, root, "sources").Select(n => Mapping(name, n)))
        {
            var id = Required(name, map, "id");
            if (!sources.TryAdd(id, new Source(id, Required(name, map, "cite"), Required(name, map, "title"), Required(name, map, "location"))))
            {
                throw new ParameterFileException(name, map.Start.Line, $"source {id} is defined twice");
            }
        }

        var unitCosts = new List<UnitCost>();
        foreach (var map in Sequence(name, root, "unit-costs").Select(n => Mapping(name, n)))
        {
            var id = Required(name, map, "id");
            if (unitCosts.Any(u => u.Id == id))
            {
                throw new ParameterFileException(name, map.Start.Line, $"unit cost {id} is defined twice");
            }

            var values = new List<UnitCostValue>();
            foreach (var value in Sequence(name, map, "values").Select(n => Mapping(name, n)))
            {
                var from = LocalDatePattern.Iso.Parse(Required(name, value, "from"));
                if (!from.Success)
                {
                    throw new ParameterFileException(name, value.Start.Line, $"unit cost {id}: 'from' is not a date YYYY-MM-DD");
                }

                if (values.Count > 0 && from.Value <= values[^1].From)
                {
                    throw new ParameterFileException(name, value.Start.Line, $"unit cost {id}: values must be in increasing date order");
                }

                var central = Number(name, value, id, Required(name, value, "value"));
                var low = Optional(value, "low") is { } l ? Number(name, value, id, l) : (decimal?)null;
                var high = Optional(value, "high") is { } h ? Number(name, value, id, h) : (decimal?)null;
                if ((low is null) != (high is null) || (low is { } lo && high is { } hi && !(lo <= central && central <= hi)))
                {
                    throw new ParameterFileException(name, value.Start.Line, $"unit cost {id}: give both low and high, with low <= value <= high");
                }

                var source = Required(name, value, "source");
                CheckSource(name, value, sources, source);
                var rationale = Optional(value, "rationale");
                if (rationale is null && (source == UnitCostValue.OwnAssumption || low is not null))
                {
                    throw new ParameterFileException(name, value.Start.Line, $"unit cost {id}: an own assumption or a range needs a rationale");
                }

                if (source == UnitCostValue.OwnAssumption && low is null)
                {
                    throw new ParameterFileException(name, value.Start.Line, $"unit cost {id}: an own assumption needs a range (low and high)");
                }

                values.Add(new UnitCostValue(from.Value, central, low, high, source, rationale));
            }

            if (values.Count == 0)
            {
                throw new ParameterFileException(name, map.Start.Line, $"unit cost {id} has no values");
            }

            unitCosts.Add(new UnitCost(id, Required(name, map, "unit"), Required(name, map, "description"), [.. values]));
        }

        var items = new List<CostItem>();
        foreach (var map in Sequence(name, root, "items").Select(n => Mapping(name, n)))
        {
            var id = Required(name, map, "id");
            var organisation = Required(name, map, "organisation");
            var quantity = Required(name, map, "quantity");
            if (items.Any(i => i.Id == id))
            {
                throw new ParameterFileException(name, map.Start.Line, $"item {id} is defined twice");
            }

            if (!CostOrganisations.All.Contains(organisation))
            {
                throw new ParameterFileException(name, map.Start.Line, $"item {id}: organisation '{organisation}' is not one of {string.Join(", ", CostOrganisations.All)}");
            }

            if (!CostQuantities.All.Contains(quantity))
            {
                throw new ParameterFileException(name, map.Start.Line, $"item {id}: quantity '{quantity}' is not one of {string.Join(", ", CostQuantities.All)}");
            }

            ImmutableArray<string> factors = map.Children.ContainsKey(new YamlScalarNode("factors"))
                ? [.. Sequence(name, map, "factors").Select(n => (n as YamlScalarNode)?.Value ?? throw new ParameterFileException(name, n.Start.Line, $"item {id}: a factor must be a unit-cost id"))]
                : [];
            foreach (var factor in factors.Where(f => unitCosts.All(u => u.Id != f)))
            {
                throw new ParameterFileException(name, map.Start.Line, $"item {id}: no unit cost '{factor}'");
            }

            var source = Required(name, map, "source");
            CheckSource(name, map, sources, source);
            items.Add(new CostItem(id, organisation, quantity, factors, Required(name, map, "basis"), source));
        }

        return new CostData(sources.ToImmutable(), [.. unitCosts], [.. items]);
    }

    private static decimal Number(string name, YamlMappingNode map, string id, string raw) =>
        decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ParameterFileException(name, map.Start.Line, $"unit cost {id}: '{raw}' is not a non-negative number");

    private static void CheckSource(string name, YamlMappingNode map, ImmutableDictionary<string, Source>.Builder sources, string source)
    {
        if (!sources.ContainsKey(source))
        {
            throw new ParameterFileException(name, map.Start.Line, $"source '{source}' is not in the sources of the file");
        }
    }
}
