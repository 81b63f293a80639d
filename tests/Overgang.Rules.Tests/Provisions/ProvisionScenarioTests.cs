using System.Globalization;
using Overgang.Rules.Allowance;
using Overgang.Rules.Parameters;
using Overgang.Rules.Provisions;
using YamlDotNet.RepresentationModel;

namespace Overgang.Rules.Tests.Provisions;

/// <summary>Runs every scenario file under Scenarios/provisions against the rules: persons with paths, a date, expected households.</summary>
public sealed class ProvisionScenarioTests
{
    public static TheoryData<ProvisionScenario> Scenarios() => [.. ProvisionScenario.All()];

    [Fact]
    public void Scenarios_AreFound_ForEveryPathAndProvision()
    {
        // Given / When
        var scenarios = ProvisionScenario.All().ToList();
        var provisions = scenarios
            .Where(s => s.Expect.Children.ContainsKey(new YamlScalarNode("households")))
            .SelectMany(s => ((YamlSequenceNode)s.Expect["households"]).Children.Cast<YamlMappingNode>())
            .Select(h => ProvisionScenario.Text(h, "provision"))
            .ToHashSet(StringComparer.Ordinal);
        var paths = scenarios
            .SelectMany(s => ((YamlSequenceNode)s.Node["persons"]).Children.Cast<YamlMappingNode>())
            .Select(p => ProvisionScenario.Text(p, "path"))
            .ToHashSet(StringComparer.Ordinal);

        // Then
        Assert.Equal(["allowance", "ended", "social-assistance"], provisions.Order(StringComparer.Ordinal));
        Assert.Superset(new HashSet<string?>(["transition-document", "return-programme", "asylum-procedure", "other-status", "not-entitled", "protection-ended"], StringComparer.Ordinal), paths);
        Assert.True(scenarios.Count > 80, $"{scenarios.Count} scenarios");
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Answer_Scenario_GivesTheExpectedProvisions(ProvisionScenario scenario)
    {
        // Given
        var request = scenario.Request();

        // When
        var answer = HouseholdAllowances.Answer(request, ParameterTree.Default);

        // Then
        if (scenario.Expect.Children.TryGetValue(new YamlScalarNode("error"), out var errorNode))
        {
            var expected = (YamlMappingNode)errorNode;
            var refusal = answer.Refusal;
            Assert.True(refusal is not null, $"expected a refusal, got {answer}");
            if (ProvisionScenario.Text(expected, "field") is { } field)
            {
                Assert.Equal(field, refusal.Field);
            }

            Assert.Equal(ProvisionScenario.Text(expected, "parameter"), refusal.Parameter);
            return;
        }

        var households = ((YamlSequenceNode)scenario.Expect["households"]).Children.Cast<YamlMappingNode>().ToList();
        var unknown = households.SelectMany(scenario.UnknownNormParameters).ToList();
        if (unknown.Count > 0)
        {
            // A norm the parameters do not know yet (social-assistance.yaml is being completed): the answer must
            // refuse and name it, never estimate from a guess.
            var refusal = answer.Refusal;
            Assert.True(refusal is not null, $"expected a refusal naming one of {string.Join(", ", unknown)}, got {answer}");
            Assert.Contains(refusal.Parameter, unknown);
            return;
        }

        var calculated = Assert.IsType<AllowanceAnswer.Calculated>(answer);
        Assert.Equal(households.Count, calculated.Households.Length);
        for (var i = 0; i < households.Count; i++)
        {
            AssertHousehold(scenario, households[i], calculated.Households[i]);
        }
    }

    private static void AssertHousehold(ProvisionScenario scenario, YamlMappingNode expected, HouseholdCalculation actual)
    {
        var members = string.Join(",", actual.Household.Members.Select(m => m.Person.Id));
        foreach (var (keyNode, value) in expected.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value!;
            switch (key)
            {
                case "members":
                    Assert.Equal(ProvisionScenario.List(value), actual.Household.Members.Select(m => m.Person.Id));
                    break;
                case "provision":
                    Assert.Equal(((YamlScalarNode)value).Value, ProvisionNames.Of(actual.Provision));
                    break;
                case "income":
                    Assert.Equal(Euros(value), actual.Income);
                    break;
                case "allowance":
                    Assert.Equal(Euros(value), actual.Allowance);
                    break;
                case "contribution":
                    Assert.Equal(Euros(value), actual.Contribution);
                    break;
                case "socialAssistance":
                    AssertSocialAssistance(scenario, value, actual.SocialAssistance);
                    break;
                case "healthInsurance":
                    if (value is YamlScalarNode { Value: "null" })
                    {
                        Assert.Null(actual.HealthInsurance);
                    }
                    else
                    {
                        Assert.NotNull(actual.HealthInsurance);
                        Assert.Equal(Number(((YamlMappingNode)value)["insured"]), actual.HealthInsurance.InsuredAdults);
                    }

                    break;
                case "rules":
                    var rules = actual.Explanation.Select(e => e.Rule).ToList();
                    Assert.All(ProvisionScenario.List(value), r => Assert.True(rules.Contains(r), $"[{members}] expected rule {r} in [{string.Join(", ", rules)}]"));
                    break;
                case "absentRules":
                    var present = actual.Explanation.Select(e => e.Rule).ToList();
                    Assert.All(ProvisionScenario.List(value), r => Assert.False(present.Contains(r), $"[{members}] rule {r} is not expected"));
                    break;
                case "provisional":
                    Assert.Equal(ProvisionScenario.List(value).Order(StringComparer.Ordinal), actual.ProvisionalParameters);
                    break;
                default:
                    Assert.Fail($"unknown expectation '{key}'");
                    break;
            }
        }

        Assert.NotEmpty(actual.Explanation);
    }

    private static void AssertSocialAssistance(ProvisionScenario scenario, YamlNode value, SocialAssistanceEstimate? actual)
    {
        if (value is YamlScalarNode { Value: "null" })
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        var map = (YamlMappingNode)value;
        var norm = map["norm"] is YamlSequenceNode terms ? scenario.Norm(ProvisionScenario.List(terms)) : Euros(map["norm"]);
        Assert.Equal(norm, actual.Norm);
        if (map.Children.TryGetValue(new YamlScalarNode("costSharers"), out var sharers))
        {
            Assert.Equal(Number(sharers), actual.CostSharers);
        }

        if (map.Children.TryGetValue(new YamlScalarNode("income"), out var income))
        {
            Assert.Equal(Euros(income), actual.Income);
        }

        // amount: 'norm', 'norm - 300.00' or a figure
        var amount = ((YamlScalarNode)map["amount"]).Value!;
        var expected = amount == "norm" ? norm
            : amount.StartsWith("norm - ", StringComparison.Ordinal) ? Money.Max(Money.Zero, norm - Money.FromEuros(decimal.Parse(amount[7..], CultureInfo.InvariantCulture)))
            : Money.FromEuros(decimal.Parse(amount, CultureInfo.InvariantCulture));
        Assert.Equal(expected, actual.Amount);
    }

    private static int Number(YamlNode node) => int.Parse(((YamlScalarNode)node).Value!, CultureInfo.InvariantCulture);

    private static Money Euros(YamlNode node) => Money.FromEuros(decimal.Parse(((YamlScalarNode)node).Value!, CultureInfo.InvariantCulture));
}
