using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using Overgang.Rules.Parameters;
using YamlDotNet.RepresentationModel;

namespace Overgang.Rules.ReceptionQuality;

/// <summary>
/// The quality checklist of reception locations (ReceptionQuality/Data/quality.yaml): every RooO minimum criterion and every
/// additional AEF criterion the sources name, each dated and sourced, with the checklist's own dated parameters (the
/// follow-up term, the first day of the target-group-flexible scheme) and sources, in the format of the parameter files.
/// </summary>
public sealed class QualityChecklist
{
    private static readonly Lazy<QualityChecklist> _default = new(() => Load(ParameterFile.Embedded(typeof(QualityChecklist).Assembly, "Overgang.ReceptionQuality.").Single()));
    private readonly FrozenDictionary<string, QualityCriterion> _byId;
    private readonly FrozenDictionary<string, ParameterDefinition> _parameters;

    private QualityChecklist(ImmutableArray<QualityCriterion> criteria, ImmutableArray<ParameterDefinition> parameters, ImmutableDictionary<string, Source> sources)
    {
        Criteria = criteria;
        Parameters = parameters;
        Sources = sources;
        _byId = criteria.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        _parameters = parameters.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
    }

    /// <summary>The checklist that ships with the rules.</summary>
    public static QualityChecklist Default => _default.Value;

    /// <summary>Every criterion, in file order (RooO first).</summary>
    public ImmutableArray<QualityCriterion> Criteria { get; }

    /// <summary>The checklist's own dated parameters.</summary>
    public ImmutableArray<ParameterDefinition> Parameters { get; }

    /// <summary>The checklist's sources, by id.</summary>
    public ImmutableDictionary<string, Source> Sources { get; }

    /// <summary>The criteria that apply on a day.</summary>
    public ImmutableArray<QualityCriterion> On(LocalDate day) => [.. Criteria.Where(c => c.AppliesOn(day))];

    /// <summary>A criterion by id.</summary>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out QualityCriterion? criterion) => _byId.TryGetValue(id, out criterion);

    /// <summary>The short citation of a criterion: the source and the lines.</summary>
    public string Cite(QualityCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return Sources[criterion.SourceId].Cite + " (" + criterion.Lines + ")";
    }

    /// <summary>The value of one of the checklist's parameters on a day, or why it is missing.</summary>
    internal bool TryRead(string id, LocalDate day, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ParameterValue? value, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out MissingParameter? missing)
    {
        value = _parameters[id].ValueOn(day);
        if (value is null)
        {
            missing = new MissingParameter(id, day, "no value before " + _parameters[id].Values[0].From.ToString("yyyy-MM-dd", null));
            return false;
        }

        if (value.IsUnknown)
        {
            missing = new MissingParameter(id, day, "unknown in the sources" + (value.Note is null ? "" : ": " + value.Note));
            value = null;
            return false;
        }

        missing = null;
        return true;
    }

    /// <summary>The short citation of a parameter value.</summary>
    internal string Cite(ParameterValue value) => Sources[value.SourceId].Cite;

    /// <summary>Reads a checklist file.</summary>
    /// <exception cref="ParameterFileException">The file is malformed; the message names file and line.</exception>
    public static QualityChecklist Load(ParameterFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var builder = ImmutableDictionary.CreateBuilder<string, Source>(StringComparer.Ordinal);
        ParameterLoader.ReadSources(file, builder);
        var sources = builder.ToImmutable();
        var parameters = ParameterLoader.ReadDefinitions(file, sources).Select(d => d.Definition).ToImmutableArray();
        foreach (var required in new[] { QualityParameterIds.FollowUpDays, QualityParameterIds.FlexibleFirstDay })
        {
            if (!parameters.Any(p => p.Id == required))
            {
                throw new ParameterFileException(file.Name, 1, $"parameter {required} is required");
            }
        }

        var root = file.ReadMapping();
        var criteria = new List<QualityCriterion>();
        if (!root.Children.TryGetValue(new YamlScalarNode("criteria"), out var node) || node is not YamlSequenceNode list)
        {
            throw new ParameterFileException(file.Name, root.Start.Line, "'criteria' must be a list");
        }

        foreach (var item in list.Children)
        {
            var map = item as YamlMappingNode ?? throw new ParameterFileException(file.Name, item.Start.Line, "expected a mapping");
            var line = map.Start.Line;
            string Required(string key) => Scalar(map, key) is { Length: > 0 } text ? text : throw new ParameterFileException(file.Name, line, $"'{key}' is required");
            LocalDate Date(string key, string text) => LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : throw new ParameterFileException(file.Name, line, $"'{key}' must be a date YYYY-MM-DD, not '{text}'");
            var id = Required("id");
            if (criteria.Any(c => c.Id == id))
            {
                throw new ParameterFileException(file.Name, line, $"criterion {id} is defined twice");
            }

            var framework = Required("framework") switch
            {
                "rooo" => QualityFramework.Rooo,
                "aef" => QualityFramework.Aef,
                var other => throw new ParameterFileException(file.Name, line, $"criterion {id}: framework '{other}' is not rooo or aef"),
            };
            var mandatory = Required("mandatory") switch
            {
                "true" => true,
                "false" => false,
                var other => throw new ParameterFileException(file.Name, line, $"criterion {id}: mandatory '{other}' is not true or false"),
            };
            var source = Required("source");
            if (!sources.ContainsKey(source))
            {
                throw new ParameterFileException(file.Name, line, $"criterion {id}: source '{source}' is not in the file's sources");
            }

            var from = Date("from", Required("from"));
            LocalDate? until = Scalar(map, "until") is { Length: > 0 } untilText ? Date("until", untilText) : null;
            if (until < from)
            {
                throw new ParameterFileException(file.Name, line, $"criterion {id}: 'until' is before 'from'");
            }

            criteria.Add(new QualityCriterion(id, framework, mandatory, Required("nl"), Required("uk"), Required("en"), source, Required("lines"), from, until));
        }

        return new QualityChecklist([.. criteria], parameters, sources);
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;
}
