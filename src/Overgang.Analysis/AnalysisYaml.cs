using Overgang.Rules.Parameters;
using YamlDotNet.RepresentationModel;

namespace Overgang.Analysis;

/// <summary>
/// Reading the analysis data files (<c>Data/projections.yaml</c>, <c>Data/costs.yaml</c>): a node of the expected kind
/// or a <see cref="ParameterFileException"/> naming the file and line.
/// </summary>
internal static class AnalysisYaml
{
    public static YamlMappingNode Mapping(string name, YamlNode node) =>
        node as YamlMappingNode ?? throw new ParameterFileException(name, node.Start.Line, "expected a mapping");

    public static IEnumerable<YamlNode> Sequence(string name, YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode sequence
            ? sequence.Children
            : throw new ParameterFileException(name, map.Start.Line, $"'{key}' must be a list");

    public static string Required(string name, YamlMappingNode map, string key) =>
        Optional(map, key) is { Length: > 0 } text ? text : throw new ParameterFileException(name, map.Start.Line, $"'{key}' is required");

    public static string? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;
}
