using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Overgang.Rules.Allowance;
using Overgang.Rules.Households;
using Overgang.Rules.Parameters;
using Overgang.Rules.Provisions;
using Overgang.Rules.Transition;
using YamlDotNet.RepresentationModel;

namespace Overgang.Rules.Tests.Provisions;

/// <summary>
/// One scenario of a file under Scenarios/provisions: persons with their transition path, a date and the expected
/// households (provision, allowance, contribution, social assistance, explanation rules, provisional parameters).
/// </summary>
/// <remarks>
/// A social-assistance norm is written as the terms it is made of, not as a figure, so that the scenarios read as the
/// rule and do not depend on the norm values (social-assistance.yaml): <c>married/2</c> is the cost-sharer share of
/// the couple norm for two cost-sharers, (40 + 30 × 2) / 2 % of <c>social-assistance.norm.married</c>;
/// <c>pension-age.married/3</c> the same of the pension-age couple norm; <c>youth.single</c> a whole norm. The terms
/// are summed; the percentages come from the parameter tree on the scenario's date. <c>2 x married/2</c> is the
/// share of both partners of a couple, rounded once for the couple (a couple alone gets exactly the couple norm).
/// </remarks>
public sealed record ProvisionScenario(string File, string Name, YamlMappingNode Node)
{
    public override string ToString() => $"{File}: {Name}";

    public static IEnumerable<ProvisionScenario> All()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Scenarios", "provisions");
        foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using (var reader = System.IO.File.OpenText(path))
            {
                stream.Load(reader);
            }

            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            foreach (var node in ((YamlSequenceNode)root["scenarios"]).Children.Cast<YamlMappingNode>())
            {
                yield return new ProvisionScenario(Path.GetFileName(path), Text(node, "name")!, node);
            }
        }
    }

    public LocalDate Date => ParseDate(Text(Node, "date")!);

    public AllowanceRequest Request() => new(Date, [.. ((YamlSequenceNode)Node["persons"]).Children.Cast<YamlMappingNode>().Select(Person)], []);

    public YamlMappingNode Expect => (YamlMappingNode)Node["expect"];

    /// <summary>The norm that a list of terms (see the remarks) gives on the scenario's date.</summary>
    public Money Norm(IEnumerable<string> terms)
    {
        var total = Money.Zero;
        foreach (var written in terms)
        {
            // '2 x married/2': a couple's share, rounded once for the couple
            var times = written.StartsWith("2 x ", StringComparison.Ordinal) ? 2 : 1;
            var term = written[(times == 2 ? 4 : 0)..];
            var parts = term.Split('/');
            var norm = Read("social-assistance.norm." + parts[0]);
            if (parts.Length == 1)
            {
                total += norm.Amount;
                continue;
            }

            var sharers = int.Parse(parts[1], CultureInfo.InvariantCulture);
            var percent = (Read("social-assistance.cost-sharer.base-percent").Number + (Read("social-assistance.cost-sharer.per-sharer-percent").Number * sharers)) / sharers;
            total += norm.Amount.Percent(percent * times);
        }

        return total;
    }

    /// <summary>The norm parameters of an expected household's terms that are unknown on the scenario's date.</summary>
    public IEnumerable<string> UnknownNormParameters(YamlMappingNode household)
    {
        if (!household.Children.TryGetValue(new YamlScalarNode("socialAssistance"), out var value) || value is not YamlMappingNode map || map["norm"] is not YamlSequenceNode terms)
        {
            return [];
        }

        return List(terms)
            .Select(t => "social-assistance.norm." + t.Replace("2 x ", "", StringComparison.Ordinal).Split('/')[0])
            .Where(id => !ParameterTree.Default.TryRead(id, Date, out _, out _))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private ParameterValue Read(string id) =>
        ParameterTree.Default.TryRead(id, Date, out var value, out var missing) ? value : throw new InvalidOperationException($"{this}: {missing.Message}");

    private static PersonFacts Person(YamlMappingNode p)
    {
        var path = Text(p, "path");
        return new PersonFacts(
            Text(p, "id")!,
            ParseDate(Text(p, "birthDate")!),
            Text(p, "partnerId"),
            p.Children.TryGetValue(new YamlScalarNode("parentIds"), out var parents)
                ? [.. ((YamlSequenceNode)parents).Children.Select(c => ((YamlScalarNode)c).Value!)]
                : [],
            Money.FromEuros(decimal.Parse(Text(p, "monthlyIncome") ?? "0", CultureInfo.InvariantCulture)),
            ReceptionNames.ByName[Text(p, "reception") ?? "municipal"])
        {
            Path = path is null ? null : new PathFacts(
                TransitionNames.Paths[path],
                OptionalDate(p, "departureDate"),
                OptionalDate(p, "protectionSince"),
                OptionalDate(p, "handOverDate"),
                OptionalDate(p, "returnWithdrawnOn"),
                OptionalDate(p, "transitionalStayUntil")),
        };
    }

    public static string? Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar && scalar.Value is not ("null" or "~") ? scalar.Value : null;

    public static ImmutableArray<string> List(YamlNode node) => [.. ((YamlSequenceNode)node).Children.Select(c => ((YamlScalarNode)c).Value!)];

    private static LocalDate? OptionalDate(YamlMappingNode node, string key) => Text(node, key) is { } text ? ParseDate(text) : null;

    private static LocalDate ParseDate(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
}
