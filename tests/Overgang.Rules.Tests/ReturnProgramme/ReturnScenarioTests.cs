using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;
using Overgang.Rules.ReturnProgramme;
using Overgang.Rules.Tests.Transition;
using Overgang.Rules.Transition;

namespace Overgang.Rules.Tests.ReturnProgramme;

public sealed class ReturnScenarioTests
{
    internal static string Directory => ScenarioFolder.Of("return");

    public static TheoryData<string> Files() => ScenarioFolder.Names(Directory);

    [Theory]
    [MemberData(nameof(Files))]
    public void Evaluate_Scenario_GivesTheExpectedStageStepsAndProvisions(string file)
    {
        // Given
        var scenario = Load(file);
        var date = ScenarioModel.ParseDate(scenario.Date);
        var enrolment = scenario.Enrolment.ToCommitment();

        // When
        var status = ReturnRules.Evaluate(enrolment, ParameterTree.Default, date);

        // Then
        var expected = scenario.Expected;
        Assert.Equal(expected.Stage, ReturnNames.Of(status.Stage));
        Assert.Equal(expected.OnReturnPath, status.OnReturnPath);
        Assert.Equal(ScenarioModel.ParseOptionalDate(expected.ProvisionsLastDay), status.ProvisionsLastDay);
        Assert.Equal(expected.Missing, status.Missing.Select(m => m.ParameterId).ToList());
        Assert.Equal(
            expected.Steps.Select(s => $"{s.Kind}/{s.Owner}/{s.Due ?? "null"}").ToList(),
            status.Steps.Select(s => $"{ReturnNames.Of(s.Kind)}/{TransitionNames.Of(s.Owner)}/{(s.Due is { } d ? d.ToString("yyyy-MM-dd", null) : "null")}").ToList());
        Assert.All(expected.Rules, rule => Assert.Contains(status.Explanation, e => e.Rule == rule));
        Assert.All(status.Explanation, e => Assert.False(string.IsNullOrWhiteSpace(e.Reference)));
        if (expected.Package is { } package)
        {
            Assert.Equal(package, status.Package.Select(p => $"{ReturnNames.Of(p.Component)}/{(p.Amount is { } a ? a.ToString() : p.Missing is null ? "none" : "unknown")}").ToList());
        }

        foreach (var absence in scenario.Absences)
        {
            Assert.True(AbsenceRule.TryOn(ParameterTree.Default, ScenarioModel.ParseDate(absence.From), out var rule, out _));
            var from = ScenarioModel.ParseDate(absence.From);
            var to = ScenarioModel.ParseDate(absence.To);
            Assert.True(absence.OverMaximumWithoutVisits == rule.IsOverMaximum(from, to), $"{file}: without the visits");
            Assert.True(absence.OverMaximum == rule.IsOverMaximum(from, to, enrolment.Visits), $"{file}: with the visits");
            Assert.Contains("exploratory visit", rule.Explain(from, to, enrolment.Visits).Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Scenarios_Together_ReachEveryStageStepAndRule()
    {
        var all = System.IO.Directory.GetFiles(Directory, "*.yaml").Select(f => Load(Path.GetFileNameWithoutExtension(f)))
            .Select(s => ReturnRules.Evaluate(s.Enrolment.ToCommitment(), ParameterTree.Default, ScenarioModel.ParseDate(s.Date))).ToList();
        Assert.All(Enum.GetValues<ReturnStage>(), stage => Assert.Contains(all, s => s.Stage == stage));
        Assert.All(Enum.GetValues<ReturnStepKind>(), kind => Assert.Contains(all, s => s.Steps.Any(x => x.Kind == kind)));
        var rules = typeof(ReturnRuleIds).GetFields().Select(f => (string)f.GetRawConstantValue()!).Where(r => r != ReturnRuleIds.PlanningFigure);
        Assert.All(rules, rule => Assert.Contains(all, s => s.Explanation.Any(e => e.Rule == rule)));
    }

    [Fact]
    public void PlanningFigure_From2025November_Is40000AndCitesTheLetter()
    {
        Assert.True(ReturnRules.TryPlanningFigure(ParameterTree.Default, new NodaTime.LocalDate(2026, 12, 1), out var figure, out _));
        Assert.Equal(40_000, figure.Participants);
        Assert.Contains("003:74", figure.Reference, StringComparison.Ordinal);
        Assert.False(ReturnRules.TryPlanningFigure(ParameterTree.Default, new NodaTime.LocalDate(2025, 10, 31), out _, out var missing));
        Assert.Contains("return.planning.participants", missing.Message, StringComparison.Ordinal);
    }

    internal static ReturnScenario Load(string file) => ScenarioFolder.Read<ReturnScenario>(Directory, file);
}

internal sealed class ReturnScenario
{
    public string Name { get; set; } = "";

    public string Date { get; set; } = "";

    public ReturnModel Enrolment { get; set; } = new();

    public List<AbsenceModel> Absences { get; set; } = [];

    public ReturnExpectation Expected { get; set; } = new();
}

internal sealed class AbsenceModel
{
    public string From { get; set; } = "";

    public string To { get; set; } = "";

    public bool OverMaximumWithoutVisits { get; set; }

    public bool OverMaximum { get; set; }
}

internal sealed class ReturnExpectation
{
    public string Stage { get; set; } = "";

    public bool OnReturnPath { get; set; }

    public string? ProvisionsLastDay { get; set; }

    public List<string> Missing { get; set; } = [];

    public List<StepModel> Steps { get; set; } = [];

    public List<string> Rules { get; set; } = [];

    public List<string>? Package { get; set; }
}

internal sealed class StepModel
{
    public string Kind { get; set; } = "";

    public string Owner { get; set; } = "";

    public string? Due { get; set; }
}
