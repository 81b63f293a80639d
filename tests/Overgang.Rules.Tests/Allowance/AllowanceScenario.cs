using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Overgang.Rules.Allowance;
using Overgang.Rules.Households;
using YamlDotNet.RepresentationModel;

namespace Overgang.Rules.Tests.Allowance;

/// <summary>One scenario of a file under Scenarios/allowance: a situation, a date and the expected outputs.</summary>
public sealed record AllowanceScenario(string File, string Name, YamlMappingNode Node)
{
    public override string ToString() => $"{File}: {Name}";

    public static IEnumerable<AllowanceScenario> All()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Scenarios", "allowance");
        foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using (var reader = System.IO.File.OpenText(path))
            {
                stream.Load(reader);
            }

            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            foreach (YamlMappingNode node in ((YamlSequenceNode)root["scenarios"]).Children.Cast<YamlMappingNode>())
            {
                yield return new AllowanceScenario(Path.GetFileName(path), Text(node, "name")!, node);
            }
        }
    }

    public AllowanceRequest Request()
    {
        var persons = ((YamlSequenceNode)Node["persons"]).Children.Cast<YamlMappingNode>().Select(p => new PersonFacts(
            Text(p, "id")!,
            Date(Text(p, "birthDate")!),
            Text(p, "partnerId"),
            p.Children.TryGetValue(new YamlScalarNode("parentIds"), out var parents)
                ? [.. ((YamlSequenceNode)parents).Children.Select(c => ((YamlScalarNode)c).Value!)]
                : [],
            Money.FromEuros(decimal.Parse(Text(p, "monthlyIncome") ?? "0", CultureInfo.InvariantCulture)),
            ReceptionNames.ByName[Text(p, "reception")!])).ToImmutableArray();
        var overrides = Node.Children.TryGetValue(new YamlScalarNode("hardshipOverrides"), out var list)
            ? ((YamlSequenceNode)list).Children.Cast<YamlMappingNode>().Select(o => new HardshipOverrideRequest(
                Text(o, "memberId")!,
                new HardshipOverride(Money.FromEuros(decimal.Parse(Text(o, "contribution")!, CultureInfo.InvariantCulture)), Text(o, "reason")!))).ToImmutableArray()
            : [];
        return new AllowanceRequest(Date(Text(Node, "date")!), persons, overrides);
    }

    public YamlMappingNode Expect => (YamlMappingNode)Node["expect"];

    public static string? Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar && scalar.Value is not ("null" or "~") ? scalar.Value : null;

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
}
