using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;

namespace Overgang.Rules.Tests.Transition;

public sealed class TransitionScenarioTests
{
    public static TheoryData<string> Files() => ScenarioFolder.Names(ScenarioModel.Directory);

    [Theory]
    [MemberData(nameof(Files))]
    public void DecideAll_Scenario_GivesTheExpectedDecisions(string file)
    {
        // Given
        var scenario = ScenarioModel.Load(file);

        // When
        var outcome = TransitionDecider.DecideAll(scenario.Facts(), ParameterTree.Default, scenario.DecisionDate);

        // Then
        var decisions = Assert.IsType<TransitionOutcome.Decided>(outcome).Decisions;
        Assert.Equal(scenario.Expected.Count, scenario.Persons.Count);
        foreach (var expected in scenario.Expected)
        {
            var decision = Assert.Single(decisions, d => d.PersonId == expected.Id);
            var context = $"{file} / {expected.Id}";
            Assert.True(expected.Path == TransitionNames.Of(decision.Path), $"{context}: path {TransitionNames.Of(decision.Path)}, expected {expected.Path}");
            Assert.True(expected.Status == (decision.IsDecided ? "decided" : "pending"), $"{context}: status");
            Assert.Equal(ScenarioModel.ParseOptionalDate(expected.ValidFrom), decision.Validity?.Start);
            Assert.Equal(ScenarioModel.ParseOptionalDate(expected.ValidUntil), decision.Validity?.End);
            Assert.Equal(expected.Flags, TransitionNames.FlagOrder.Where(f => decision.Flags.HasFlag(f)).Select(TransitionNames.Of).ToList());
            Assert.Equal(expected.ActionOwners, decision.Actions.Select(a => TransitionNames.Of(a.Owner)).ToList());
            if (expected.TaskOwners is not null)
            {
                Assert.Equal(expected.TaskOwners, decision.Tasks.Select(t => TransitionNames.Of(t.Owner)).ToList());
            }

            if (expected.TaskDomains is not null)
            {
                Assert.Equal(expected.TaskDomains, decision.Tasks.Select(t => t.Domain).ToList());
            }

            if (expected.TaskDues is not null)
            {
                Assert.Equal(expected.TaskDues, decision.Tasks.Select(t => t.Due is { } due ? due.ToString("yyyy-MM-dd", null) : "null").ToList());
            }

            if (expected.Stay is { } stay)
            {
                Assert.NotNull(decision.Stay);
                Assert.True(stay.Granted == decision.Stay.Granted, $"{context}: stay granted={decision.Stay.Granted}");
                Assert.Equal(ScenarioModel.ParseDate(stay.Until), decision.Stay.Until);
                Assert.Equal(ScenarioModel.ParseOptionalDate(stay.ReviewDue), decision.Stay.ReviewDue);
            }
            else
            {
                Assert.Null(decision.Stay);
            }

            foreach (var (rule, met) in expected.Reasons ?? [])
            {
                var reason = Assert.Single(decision.Reasons, r => r.Rule == rule);
                Assert.True(met == reason.Met, $"{context}: {rule} met={reason.Met}, expected {met}");
            }
        }
    }

    [Fact]
    public void Scenarios_Together_ReachEveryPathAndEveryPendingReason()
    {
        // Given
        var all = Directory.GetFiles(ScenarioModel.Directory, "*.yaml").Select(f => ScenarioModel.Load(Path.GetFileNameWithoutExtension(f))).ToList();

        // When
        var decisions = all.SelectMany(s => Assert.IsType<TransitionOutcome.Decided>(
            TransitionDecider.DecideAll(s.Facts(), ParameterTree.Default, s.DecisionDate)).Decisions).ToList();

        // Then
        Assert.All(Enum.GetValues<TransitionPath>(), path => Assert.Contains(decisions, d => d.Path == path && d.IsDecided));
        Assert.All(Enum.GetValues<ActionKind>(), kind => Assert.Contains(decisions, d => d.Actions.Any(a => a.Kind == kind)));
        Assert.All(Enum.GetValues<ReviewFlags>().Where(f => f != ReviewFlags.None), flag => Assert.Contains(decisions, d => d.Flags.HasFlag(flag)));
        Assert.All(Enum.GetValues<TaskKind>(), kind => Assert.Contains(decisions, d => d.Tasks.Any(t => t.Kind == kind)));
    }
}
