using NodaTime;
using NodaTime.Text;
using Overgang.Rules.Countries;
using Overgang.Rules.Parameters;
using Overgang.Rules.Texts;
using Overgang.Rules.Transition;

namespace Overgang.Rules.Tests.Countries;

/// <summary>
/// Scenario files under Scenarios/option-checks: a person's registrations on a date, and per national option the outcome
/// of the check against them (eligible, not eligible, unknown, decided by the Dutch rules) with the steps that say why.
/// </summary>
public sealed class OptionCheckScenarioTests
{
    private static string Directory => ScenarioFolder.Of("option-checks");

    public static TheoryData<string> Files() => ScenarioFolder.Names(Directory);

    [Theory]
    [MemberData(nameof(Files))]
    public void Check_Scenario_GivesTheExpectedOutcomes(string file)
    {
        // Given
        var scenario = ScenarioFolder.Read<CheckScenario>(Directory, file);
        var date = Date(scenario.Date);
        var facts = new TransitionFacts("p1", new LocalDate(1985, 7, 1), UkrainianResidence.Citizen, scenario.Protection.ToRegistration(),
            [.. scenario.OtherProtection.Select(r => r.ToRegistration())], AsylumApplication.Withdrawn, null, false, PublicOrderCheck.Passed, null, null, false, null);

        // When
        var checks = OptionChecker.Check(CountryPackages.Default, facts, date, ParameterTree.Default);

        // Then
        Assert.Equal(scenario.Expected.Select(e => (e.MemberState, e.Option)), checks.Select(c => (c.MemberState, c.OptionId)));
        foreach (var (expected, check) in scenario.Expected.Zip(checks))
        {
            var context = $"{file} / {expected.MemberState} {expected.Option}";
            var steps = check.Explanation.Select(i => i.Phrase!.Template).ToList();
            Assert.True(expected.Outcome == Kebab(check.Outcome), $"{context}: outcome {check.Outcome} ({string.Join("; ", check.Explanation.Select(i => i.Text))})");
            Assert.True(expected.Steps.SequenceEqual(steps), $"{context}: steps {string.Join(", ", steps)}");
            foreach (var mention in expected.Mentions)
            {
                Assert.True(check.Explanation.Any(i => i.Text.Contains(mention, StringComparison.Ordinal)), $"{context}: no step names '{mention}': {string.Join(" | ", check.Explanation.Select(i => i.Text))}");
            }

            foreach (var item in check.Explanation)
            {
                Assert.Equal(CountryRuleIds.OptionCheck, item.Rule);
                foreach (var language in Enum.GetValues<TextLanguage>())
                {
                    var text = RuleTexts.Explain(item, language, _ => null);
                    Assert.DoesNotContain("{", text, StringComparison.Ordinal);
                    Assert.DoesNotContain("country.", text, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Scenarios_Together_CoverEveryOutcomeAndEveryPackagedOption()
    {
        var scenarios = ScenarioFolder.All<CheckScenario>(Directory);
        var expected = scenarios.SelectMany(s => s.Expected).ToList();

        // No shipped package gives its conditions in full, so no scenario of them is eligible: Check_CompleteConditionsAllMet_IsEligible covers it.
        Assert.Equal(["decided-by-transition", "not-eligible", "unknown"], expected.Select(e => e.Outcome).Distinct().Order(StringComparer.Ordinal));
        Assert.All(CountryPackages.Default.Packages.SelectMany(p => p.Options), o => Assert.Contains(o.Id, expected.Select(e => e.Option)));
    }

    [Fact]
    public void Check_CompleteConditionsAllMet_IsEligible()
    {
        // Given: a package (of a made-up member state XX) whose source gives its one condition in full
        const string Text = "memberState: XX\nname: Testland\narea: countries.xx\nsources:\n  - { id: XX1, cite: 'test', title: 't', location: 'l' }\n"
            + "parameters:\n  - { id: country.xx.years, description: 'd', unit: years, values: [{ from: 2025-01-01, value: 2, source: XX1 }] }\n"
            + "options:\n  - { id: xx.permit, status: 's', source: XX1, conditionsComplete: true, conditions: [{ text: 'at least {value} years', parameter: country.xx.years, source: XX1, check: protection-years }] }\n";
        var packages = CountryPackages.Load([new ParameterFile("xx.yaml", Text)], ParameterTree.Default);
        Registration Since(LocalDate since) => new("XX", since);
        TransitionFacts Facts(Registration registration) => new("p1", new LocalDate(1985, 7, 1), UkrainianResidence.Citizen, registration, [], AsylumApplication.None, null, false, PublicOrderCheck.Passed, null, null, false, null);

        // When / Then: two years to the day is enough, a day less is not
        Assert.Equal(OptionOutcome.Eligible, OptionChecker.Check(packages, Facts(Since(new LocalDate(2025, 3, 4))), new LocalDate(2027, 3, 4), ParameterTree.Default).Single().Outcome);
        Assert.Equal(OptionOutcome.NotEligible, OptionChecker.Check(packages, Facts(Since(new LocalDate(2025, 3, 5))), new LocalDate(2027, 3, 4), ParameterTree.Default).Single().Outcome);
        Assert.Equal(OptionOutcome.NotEligible, OptionChecker.Check(packages, Facts(Since(new LocalDate(2022, 3, 5)) with { Until = new LocalDate(2027, 3, 3) }), new LocalDate(2027, 3, 4), ParameterTree.Default).Single().Outcome);
    }

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    private static string Kebab(OptionOutcome outcome) => outcome switch
    {
        OptionOutcome.Eligible => "eligible",
        OptionOutcome.NotEligible => "not-eligible",
        OptionOutcome.Unknown => "unknown",
        _ => "decided-by-transition",
    };

    private sealed class CheckScenario
    {
        public string Name { get; set; } = "";

        public string Date { get; set; } = "";

        public RegistrationRow Protection { get; set; } = new();

        public List<RegistrationRow> OtherProtection { get; set; } = [];

        public List<CheckExpectation> Expected { get; set; } = [];
    }

    private sealed class RegistrationRow
    {
        public string MemberState { get; set; } = "";

        public string Since { get; set; } = "";

        public string? Until { get; set; }

        public Registration ToRegistration() => new(MemberState, Date(Since)) { Until = Until is null ? null : Date(Until) };
    }

    private sealed class CheckExpectation
    {
        public string MemberState { get; set; } = "";

        public string? Option { get; set; }

        public string Outcome { get; set; } = "";

        public List<string> Steps { get; set; } = [];

        public List<string> Mentions { get; set; } = [];
    }
}
