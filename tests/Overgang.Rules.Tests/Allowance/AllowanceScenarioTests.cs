using System.Globalization;
using Overgang.Rules.Allowance;
using Overgang.Rules.Parameters;
using YamlDotNet.RepresentationModel;

namespace Overgang.Rules.Tests.Allowance;

/// <summary>Runs every scenario file under Scenarios/allowance against the rules: situation, date, expected outputs.</summary>
public sealed class AllowanceScenarioTests
{
    public static TheoryData<AllowanceScenario> Scenarios() => [.. AllowanceScenario.All()];

    [Fact]
    public void Scenarios_AreFound_ForEveryPeriod()
    {
        // Given / When
        var files = AllowanceScenario.All().Select(s => s.File).Distinct().ToList();

        // Then
        Assert.Contains("period-2022.yaml", files);
        Assert.Contains("period-2023-02.yaml", files);
        Assert.Contains("period-2023-10.yaml", files);
        Assert.Contains("period-2024-07.yaml", files);
        Assert.Contains("period-2025-01.yaml", files);
        Assert.Contains("period-2025-10.yaml", files);
        Assert.True(AllowanceScenario.All().Count() > 300);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Answer_Scenario_GivesTheExpectedOutputs(AllowanceScenario scenario)
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
            if (AllowanceScenario.Text(expected, "field") is { } field)
            {
                Assert.Equal(field, refusal.Field);
            }

            Assert.Equal(AllowanceScenario.Text(expected, "parameter"), refusal.Parameter);
            return;
        }

        var calculated = Assert.IsType<AllowanceAnswer.Calculated>(answer);
        var households = ((YamlSequenceNode)scenario.Expect["households"]).Children.Cast<YamlMappingNode>().ToList();
        Assert.Equal(households.Count, calculated.Households.Length);
        for (var i = 0; i < households.Count; i++)
        {
            AssertHousehold(households[i], calculated.Households[i]);
        }
    }

    private static void AssertHousehold(YamlMappingNode expected, HouseholdCalculation actual)
    {
        foreach (var (keyNode, value) in expected.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value!;
            switch (key)
            {
                case "members":
                    Assert.Equal(((YamlSequenceNode)value).Children.Select(c => ((YamlScalarNode)c).Value), actual.Household.Members.Select(m => m.Person.Id));
                    break;
                case "size":
                    Assert.Equal(Number(value), actual.Household.Size);
                    break;
                case "adults":
                    Assert.Equal(Number(value), actual.Household.Adults);
                    break;
                case "income":
                    Assert.Equal(Euros(value), actual.Income);
                    break;
                case "allowanceBeforeIncome":
                    Assert.Equal(Euros(value), actual.AllowanceBeforeIncome);
                    break;
                case "allowance":
                    Assert.Equal(Euros(value), actual.Allowance);
                    break;
                case "contribution":
                    Assert.Equal(Euros(value), actual.Contribution);
                    break;
                case "thresholds":
                    AssertThresholds(value, actual.Thresholds);
                    break;
                case "rules":
                    var rules = actual.Explanation.Select(e => e.Rule).ToList();
                    Assert.All(((YamlSequenceNode)value).Children, r => Assert.Contains(((YamlScalarNode)r).Value!, rules));
                    break;
                default:
                    Assert.Fail($"unknown expectation '{key}'");
                    break;
            }
        }

        Assert.NotEmpty(actual.Explanation);
    }

    private static void AssertThresholds(YamlNode value, Thresholds? actual)
    {
        if (value is YamlScalarNode { Value: "null" })
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        var map = (YamlMappingNode)value;
        Assert.Equal(OptionalEuros(map, "allowanceFullyWithdrawnFrom"), actual.AllowanceFullyWithdrawnFrom);
        Assert.Equal(OptionalEuros(map, "contributionFullyLeviedFrom"), actual.ContributionFullyLeviedFrom);
    }

    private static Money? OptionalEuros(YamlMappingNode map, string key) =>
        AllowanceScenario.Text(map, key) is { } text ? Money.FromEuros(decimal.Parse(text, CultureInfo.InvariantCulture)) : null;

    private static int Number(YamlNode node) => int.Parse(((YamlScalarNode)node).Value!, CultureInfo.InvariantCulture);

    private static Money Euros(YamlNode node) => Money.FromEuros(decimal.Parse(((YamlScalarNode)node).Value!, CultureInfo.InvariantCulture));
}
