using System.Reflection;
using Overgang.Rules.Allowance;
using Overgang.Rules.Explanations;
using Overgang.Rules.Households;
using Overgang.Rules.Parameters;
using Overgang.Rules.Provisions;
using Overgang.Rules.Tests.Allowance;
using Overgang.Rules.Tests.Provisions;

namespace Overgang.Rules.Tests.Consistency;

/// <summary>Conventions of the rules project, enforced by tests instead of by review.</summary>
public sealed class ConventionTests
{
    private static readonly Assembly _rules = typeof(Money).Assembly;

    [Fact]
    public void RulesAssembly_ReferencesNoDatabaseWebOrMediatorLibrary()
    {
        // Given
        var allowed = new[] { "System.", "Microsoft.Win32.", "netstandard", "NodaTime", "YamlDotNet" };

        // When
        var references = _rules.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        // Then
        Assert.All(references, name => Assert.True(allowed.Any(a => name.StartsWith(a, StringComparison.Ordinal) || name == "System"), $"Overgang.Rules must not reference {name}"));
        Assert.DoesNotContain(references, n => n.Contains("EntityFramework", StringComparison.Ordinal) || n.Contains("AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void PublicClasses_AreSealedStaticOrAbstract()
    {
        var open = _rules.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(open);
    }

    [Fact]
    public void EveryRuleId_IsProducedByTheScenarios_AndEveryStepCitesAReference()
    {
        // Given: every rule id the calculator can produce
        var declared = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);

        // When: running all scenarios
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scenario in AllowanceScenario.All())
        {
            if (HouseholdAllowances.Answer(scenario.Request(), ParameterTree.Default) is AllowanceAnswer.Calculated calculated)
            {
                foreach (var item in calculated.Households.SelectMany(h => h.Explanation))
                {
                    Assert.False(string.IsNullOrWhiteSpace(item.Reference), $"{scenario}: {item.Rule} has no reference");
                    Assert.False(string.IsNullOrWhiteSpace(item.Text), $"{scenario}: {item.Rule} has no text");
                    Assert.Contains(item.Rule, declared);
                    seen.Add(item.Rule);
                }
            }
        }

        // The household maximum cannot bind under today's parameters (a household has at most two adults): a reform
        // that levies for at most one adult shows it.
        foreach (var item in ReformedMaximumOfOneAdult().Explanation)
        {
            seen.Add(item.Rule);
        }

        // Then: the scenarios cover every rule
        Assert.Equal(declared.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryProvisionRuleId_IsProducedByTheProvisionScenarios_AndEveryStepCitesAReference()
    {
        // Given: every rule id the provisions after protection can produce, and those of the allowance they reuse
        static HashSet<string> Ids(Type type) => type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);
        var declared = Ids(typeof(ProvisionRuleIds));
        var known = Ids(typeof(RuleIds));
        known.UnionWith(declared);

        // When: running all provision scenarios
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scenario in ProvisionScenario.All())
        {
            if (HouseholdAllowances.Answer(scenario.Request(), ParameterTree.Default) is AllowanceAnswer.Calculated calculated)
            {
                foreach (var item in calculated.Households.SelectMany(h => h.Explanation.AddRange(h.SocialAssistance?.Explanation ?? []).AddRange(h.HealthInsurance?.Explanation ?? [])))
                {
                    Assert.False(string.IsNullOrWhiteSpace(item.Reference), $"{scenario}: {item.Rule} has no reference");
                    Assert.False(string.IsNullOrWhiteSpace(item.Text), $"{scenario}: {item.Rule} has no text");
                    Assert.Contains(item.Rule, known);
                    seen.Add(item.Rule);
                }
            }
        }

        // Then: the scenarios cover every provision rule
        Assert.Empty(declared.Except(seen).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Reform_MaximumOfOneAdult_LeviesOnceAndSaysWhy()
    {
        var result = ReformedMaximumOfOneAdult();
        Assert.Equal(Money.FromEuros(244.22m), result.Contribution);
        Assert.Contains(result.Explanation, e => e.Rule == RuleIds.ContributionMaximum);
    }

    private static HouseholdCalculation ReformedMaximumOfOneAdult()
    {
        var baseline = ParameterTree.Default;
        var maximum = baseline["contribution.household-maximum-adults"];
        var reform = baseline.With(maximum with
        {
            Values = maximum.Values.Add(maximum.Values[^1] with { From = new NodaTime.LocalDate(2026, 1, 1), Raw = "1", Number = 1 }),
        });
        Assert.NotEqual(baseline.Version, reform.Version);
        var date = new NodaTime.LocalDate(2026, 2, 1);
        var couple = new[]
        {
            new PersonFacts("p1", new NodaTime.LocalDate(1980, 1, 1), "p2", [], Money.FromEuros(4000m), Reception.Municipal),
            new PersonFacts("p2", new NodaTime.LocalDate(1980, 1, 1), "p1", [], Money.Zero, Reception.Municipal),
        };
        var answer = HouseholdAllowances.Answer(new AllowanceRequest(date, [.. couple], []), reform);
        return Assert.Single(Assert.IsType<AllowanceAnswer.Calculated>(answer).Households);
    }

    [Fact]
    public void EveryParameter_IsReadByTheRules()
    {
        // A parameter that no rule reads is dead data (or a rule that forgot to read it).
        var schedule = AllowanceSchedule.For(ParameterTree.Default, new NodaTime.LocalDate(2025, 11, 1));
        var read = typeof(AllowanceSchedule).GetProperties(BindingFlags.NonPublic | BindingFlags.Instance)
            .Select(p => p.GetValue(schedule))
            .SelectMany(v => v switch
            {
                ResolvedParameter r => [r.Id],
                ResolvedParameter[][] table => table.SelectMany(row => row.Select(r => r.Id)),
                _ => [],
            })
            .ToHashSet(StringComparer.Ordinal);
        var allowanceAreas = ParameterTree.Default.Definitions.Where(d => d.Area.StartsWith("allowance", StringComparison.Ordinal) || d.Area is "contribution" or "household");
        Assert.All(allowanceAreas, d => Assert.Contains(d.Id, read));
    }
}
