using Overgang.Rules.ReceptionQuality;

namespace Overgang.Rules.Tests.ReceptionQuality;

public sealed class ReceptionScenarioTests
{
    public static TheoryData<string> QualityFiles() => Files("quality-");

    public static TheoryData<string> TargetGroupFiles() => Files("target-groups-");

    [Theory]
    [MemberData(nameof(QualityFiles))]
    public void Evaluate_Scenario_GivesTheExpectedStatusAndTasks(string file)
    {
        // Given
        var scenario = ReceptionScenarioModel.Load(file);
        var expected = scenario.Expected!;

        // When
        var outcome = QualityEvaluation.Evaluate(QualityChecklist.Default, scenario.Municipality, scenario.Findings!.Select(f => f.ToFinding()), ReceptionScenarioModel.ParseDate(scenario.Date!));

        // Then
        var assessment = Assert.IsType<QualityOutcome.Assessed>(outcome).Assessment;
        Assert.Equal(expected.Status, QualityNames.Of(assessment.Status));
        Assert.Equal(expected.Additional, QualityNames.Of(assessment.Additional));
        Assert.Equal(expected.NotMet, assessment.NotMet);
        foreach (var (criterion, result) in expected.Criteria)
        {
            var status = Assert.Single(assessment.Criteria, c => c.Criterion.Id == criterion);
            Assert.True(result == QualityNames.Of(status.Result), $"{file} / {criterion}: {QualityNames.Of(status.Result)}, expected {result}");
        }

        Assert.Equal(
            expected.Tasks.Select(t => (t.Criterion, t.Municipality, t.Due, t.Assumption)),
            assessment.Tasks.Select(t => (t.CriterionId, t.MunicipalityCode, t.Due.ToString("yyyy-MM-dd", null), t.DueIsAssumption)));
        Assert.Equal(QualityRuleIds.Overall, assessment.Explanation[0].Rule);
        Assert.All(assessment.Criteria, c => Assert.Contains(c.Criterion.Lines, c.Explanation.Reference, StringComparison.Ordinal));
        Assert.All(assessment.Tasks, t => Assert.Equal(QualityRuleIds.FollowUp, t.Explanation.Rule));
    }

    [Theory]
    [MemberData(nameof(TargetGroupFiles))]
    public void TargetGroups_Scenario_GivesTheGroupsPerDay(string file)
    {
        // Given
        var scenario = ReceptionScenarioModel.Load(file);
        var periods = scenario.Periods!.Select(p => p.ToPeriod()).ToList();

        foreach (var day in scenario.Days!)
        {
            // When
            var outcome = TargetGroupRule.On(QualityChecklist.Default, periods, ReceptionScenarioModel.ParseDate(day.Day));

            // Then
            if (day.Refused is { } parameter)
            {
                Assert.Equal(parameter, Assert.IsType<TargetGroupOutcome.Refused>(outcome).Missing.ParameterId);
                continue;
            }

            var groups = Assert.IsType<TargetGroupOutcome.Decided>(outcome).Groups;
            var context = $"{file} / {day.Day}";
            Assert.True(day.Scheme == QualityNames.Of(groups.Scheme), $"{context}: scheme {QualityNames.Of(groups.Scheme)}");
            Assert.Equal(day.MayHouse, groups.MayHouse.Select(QualityNames.Of).ToList());
            Assert.Equal(day.NotUnderScheme, groups.NotUnderScheme.Select(QualityNames.Of).ToList());
            Assert.Equal(QualityRuleIds.TargetGroups, Assert.Single(groups.Explanation).Rule);
        }
    }

    [Fact]
    public void Checklist_HasTheSourcedCriteria_EachWithThreeLanguagesAndASeedCitation()
    {
        // Given
        var checklist = QualityChecklist.Default;

        // Then
        Assert.Contains(checklist.Criteria, c => c.Framework == QualityFramework.Rooo && c.Mandatory);
        Assert.All(checklist.Criteria, c =>
        {
            Assert.Equal(c.Framework == QualityFramework.Rooo, c.Mandatory);
            Assert.Matches(@"^00[34]:\d+", c.Lines);
            Assert.False(string.IsNullOrWhiteSpace(c.Dutch + c.Ukrainian + c.English));
            Assert.Matches(@"\p{IsCyrillic}", c.Ukrainian);
            Assert.DoesNotContain("'", c.Ukrainian, StringComparison.Ordinal);
        });
        Assert.Equal(8, checklist.Criteria.Length);
    }

    [Fact]
    public void Load_ACriterionWithoutUkrainian_IsRefusedNamingTheLine()
    {
        // Given
        var text = """
            area: reception
            sources:
              - { id: Q1, cite: c, title: t, location: l }
            parameters:
              - { id: reception.quality.follow-up-days, description: d, unit: days, values: [ { from: 2025-01-01, value: 42, source: Q1 } ] }
              - { id: reception.target-group-flexible.first-day, description: d, unit: date, values: [ { from: 2025-01-01, value: 2026-05-01, source: Q1 } ] }
            criteria:
              - { id: a, framework: aef, mandatory: false, source: Q1, lines: '004:1', from: 2025-01-01, nl: n, en: e }
            """;

        // When
        var error = Assert.Throws<Overgang.Rules.Parameters.ParameterFileException>(() => QualityChecklist.Load(new Overgang.Rules.Parameters.ParameterFile("q.yaml", text)));

        // Then
        Assert.Contains("'uk' is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("q.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scenarios_Together_ReachEveryStatusAndScheme()
    {
        var quality = Names("quality-").Select(f => ReceptionScenarioModel.Load(f).Expected!).ToList();
        Assert.All(new[] { "meets", "does-not-meet", "not-fully-assessed" }, s => Assert.Contains(quality, e => e.Status == s));
        var days = Names("target-groups-").SelectMany(f => ReceptionScenarioModel.Load(f).Days!).ToList();
        Assert.Contains(days, d => d.Scheme == "booo" && d.NotUnderScheme.Count > 0);
        Assert.Contains(days, d => d.Scheme == "target-group-flexible");
    }

    private static TheoryData<string> Files(string prefix)
    {
        var data = new TheoryData<string>();
        foreach (var name in Names(prefix))
        {
            data.Add(name);
        }

        return data;
    }

    private static IEnumerable<string> Names(string prefix) =>
        Directory.GetFiles(ReceptionScenarioModel.Directory, prefix + "*.yaml").Order(StringComparer.Ordinal).Select(f => Path.GetFileNameWithoutExtension(f)!);
}
