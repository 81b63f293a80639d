using System.Text;
using System.Text.Json;
using CsCheck;
using NodaTime;
using Overgang.Rules.Explanations;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;

namespace Overgang.Rules.Tests.Transition;

public sealed class StoredDecisionTests
{
    private static TransitionSchedule Schedule(ParameterTree tree, LocalDate date) =>
        TransitionSchedule.TryFor(tree, date, out var schedule, out _) ? schedule : throw new InvalidOperationException($"no schedule on {date}");

    private static string Json(TransitionDecision decision)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            TransitionDecisionJson.Write(json, decision);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Member by member, including what the JSON does not show (action and task kinds).</summary>
    private static void AssertSame(TransitionDecision expected, TransitionDecision actual)
    {
        Assert.Equal(expected.PersonId, actual.PersonId);
        Assert.Equal(expected.Path, actual.Path);
        Assert.Equal(expected.IsDecided, actual.IsDecided);
        Assert.Equal(expected.Validity, actual.Validity);
        Assert.Equal(expected.Flags, actual.Flags);
        Assert.Equal(expected.Reasons.Length, actual.Reasons.Length);
        for (var i = 0; i < expected.Reasons.Length; i++)
        {
            var (e, a) = (expected.Reasons[i], actual.Reasons[i]);
            Assert.Equal((e.Rule, e.Reference, e.Text, e.Met), (a.Rule, a.Reference, a.Text, a.Met));
            Assert.Equal(e.Facts.ToArray(), a.Facts.ToArray());
        }

        Assert.Equal(expected.Actions.ToArray(), actual.Actions.ToArray());
        Assert.Equal(expected.Tasks.ToArray(), actual.Tasks.ToArray());
        Assert.Equal(Json(expected), Json(actual));
    }

    [Fact]
    public void Decode_OfEncode_GivesTheSameDecision_OverGeneratedFacts()
    {
        TransitionPropertyTests.Cases.Sample((person, date) =>
        {
            // Given
            var schedule = Schedule(ParameterTree.Default, date);
            var texts = StoredDecision.Texts(schedule);
            var decision = TransitionDecider.Decide(person, schedule);

            // When
            var stored = StoredDecision.Encode(decision, texts);
            var read = StoredDecision.Decode(person.Id, stored, texts);

            // Then
            AssertSame(decision, read);
        });
    }

    [Fact]
    public void Decode_OfEncode_GivesTheSameDecision_ForFreeValuesAndEveryFlag()
    {
        Gen.Select(Gen.String, Gen.Int[0, 63], Gen.Date).Sample((free, flagBits, day) =>
        {
            // Given: values no table holds (free text, any date text) and any combination of flags
            var date = LocalDate.FromDateTime(day);
            var texts = StoredDecision.Texts(Schedule(ParameterTree.Default, new LocalDate(2027, 3, 4)));
            var decision = new TransitionDecision(
                "p-1",
                TransitionPath.NotEntitled,
                new DecisionStatus.Pending([new PendingAction(ActionKind.AgreeDepartureDate, ActionOwner.Person, free, date)]),
                new DateInterval(date, date.PlusDays(3)),
                [new Reason(free, "ref " + free, free, true, [new Fact(free, free), new Fact("when", date.ToString("yyyy-MM-dd", null)), new Fact("x", "2027-02-30")])],
                [new FollowUpTask(TaskKind.LeaveTheNetherlands, free, ActionOwner.Insurer, free, null, true)],
                (ReviewFlags)flagBits);

            // When
            var read = StoredDecision.Decode("p-1", StoredDecision.Encode(decision, texts), texts);

            // Then
            AssertSame(decision, read);
        });
    }

    [Fact]
    public void Decode_OfEncode_GivesTheSameDecisions_InEveryTransitionScenario()
    {
        var files = Directory.GetFiles(ScenarioModel.Directory, "*.yaml");
        Assert.NotEmpty(files);
        var decided = 0;
        foreach (var file in files)
        {
            // Given
            var scenario = ScenarioModel.Load(Path.GetFileNameWithoutExtension(file));
            var schedule = Schedule(ParameterTree.Default, scenario.DecisionDate);
            var texts = StoredDecision.Texts(schedule);

            // When
            foreach (var decision in TransitionDecider.DecideAll(scenario.Facts(), schedule))
            {
                var stored = StoredDecision.Encode(decision, texts);

                // Then
                AssertSame(decision, StoredDecision.Decode(decision.PersonId, stored, texts));
                Assert.True(stored.Length < Encoding.UTF8.GetByteCount(Json(decision)) / 5, $"{file} / {decision.PersonId}: {stored.Length} bytes");
                decided++;
            }
        }

        Assert.True(decided > 20, $"{decided} decisions");
    }

    private const string CutOffReform = """
        reform: cut-off-test
        title: An earlier cut-off
        description: Test reform.
        sources:
          - id: RF-TEST
            cite: 'A test letter, 1:1'
            title: 'Test'
            location: 'nowhere'
        changes:
          - id: transition.document.cut-off
            rationale: test
            values:
              - { from: 2025-01-01, value: 2025-01-19, source: RF-TEST, provisional: false }
        """;

    [Fact]
    public void Decode_AfterAReform_GivesTheOldDecisionWithTheTextsItWasStoredWith()
    {
        // Given: decisions stored under the baseline, then the cut-off changes (another date and another source)
        var date = new LocalDate(2027, 3, 4);
        var before = Schedule(ParameterTree.Default, date);
        var storedTexts = StoredDecision.Texts(before);
        var storedTable = storedTexts.ToJson();
        var decisions = TransitionDecider.DecideAll([.. Directory.GetFiles(ScenarioModel.Directory, "*.yaml")
            .SelectMany(f => ScenarioModel.Load(Path.GetFileNameWithoutExtension(f)).Facts())
            .Select((p, i) => p with { Id = $"p{i}", HouseholdId = null })], before);
        var stored = decisions.Select(d => (d.PersonId, Json: Json(d), Bytes: StoredDecision.Encode(d, storedTexts))).ToList();
        Assert.True(Reform.TryParse(new ParameterFile("cut-off-test.yaml", CutOffReform), ParameterTree.Default, out var reform, out var error), error?.Message);
        var after = Schedule(reform.ApplyTo(ParameterTree.Default), date);
        var afterTexts = StoredDecision.Texts(after);

        // When: each is read with the table its bytes name, as the registry keeps it
        var table = StoredTexts.FromJson(storedTable);

        // Then
        Assert.NotEqual(storedTexts.Key, afterTexts.Key);
        Assert.Contains(decisions, d => d.Reasons.Any(r => r.Reference == before.RefCutOff));
        Assert.All(stored, s =>
        {
            Assert.Equal(table.Key, StoredDecision.TextsKey(s.Bytes));
            Assert.Equal(s.Json, Json(StoredDecision.Decode(s.PersonId, s.Bytes, table)));
        });
        Assert.Throws<FormatException>(() => StoredDecision.Decode(stored[0].PersonId, stored[0].Bytes, afterTexts));
    }

    [Fact]
    public void Decode_OfDamagedBytes_ThrowsFormatException()
    {
        // Given
        var schedule = Schedule(ParameterTree.Default, new LocalDate(2027, 3, 4));
        var texts = StoredDecision.Texts(schedule);
        var scenario = ScenarioModel.Load(Path.GetFileNameWithoutExtension(Directory.GetFiles(ScenarioModel.Directory, "*.yaml")[0]));
        var stored = StoredDecision.Encode(TransitionDecider.DecideAll(scenario.Facts(), schedule)[0], texts);

        // When / Then: cut short, a byte too many, another version
        Assert.Throws<FormatException>(() => StoredDecision.Decode("p", stored.AsSpan(0, stored.Length - 1), texts));
        Assert.Throws<FormatException>(() => StoredDecision.Decode("p", [.. stored, 0], texts));
        Assert.Throws<FormatException>(() => StoredDecision.Decode("p", [2, .. stored.AsSpan(1)], texts));
    }
}
