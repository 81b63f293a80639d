using CsCheck;
using NodaTime;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;

namespace Overgang.Rules.Tests.Transition;

public sealed class TransitionPropertyTests
{
    private static readonly LocalDate _origin = new(2025, 1, 1);
    private static readonly string[] _states = ["NL", "NL", "NL", "DE", "PL"];

    /// <summary>Random persons and decision dates between 2025 and 2031, built from a vector of small numbers.</summary>
    private static readonly Gen<(TransitionFacts Person, LocalDate Date)> _cases = Gen.Int[0, 10_000].Array[16].Select(Build);

    /// <summary>The same generator, for other property tests of decisions.</summary>
    internal static Gen<(TransitionFacts Person, LocalDate Date)> Cases => _cases;

    private static (TransitionFacts, LocalDate) Build(int[] n)
    {
        var date = _origin.PlusDays(n[0] % 2300);
        var since = new LocalDate(2022, 3, 4).PlusDays(n[1] % ((date - new LocalDate(2022, 3, 4)).Days + 1));
        var asylum = (AsylumApplication)(n[2] % 3);
        var person = new TransitionFacts(
            "p",
            new LocalDate(1950, 1, 1).PlusDays(n[3] % 20_000),
            (UkrainianResidence)(n[4] % 3),
            new Registration(_states[n[5] % _states.Length] == "NL" || n[5] % 7 != 0 ? "NL" : "DE", since),
            n[6] % 9 == 0 ? [new Registration("BE", since)] : [],
            asylum,
            asylum == AsylumApplication.Withdrawn && n[7] % 2 == 0 ? since.PlusDays(n[7] % 400) : null,
            n[8] % 5 == 0,
            (PublicOrderCheck)(n[9] % 3),
            n[10] % 3 == 0 ? new ReturnCommitment(n[11] % 2 == 0, n[12] % 4 == 0 ? null : new LocalDate(2027, 1, 1).PlusDays(n[12] % 600)) : null,
            n[13] % 4 == 0 ? new OtherPermit((PermitKind)(n[14] % 4), n[15] % 3 == 0 ? null : new LocalDate(2026, 1, 1).PlusDays(n[15] % 1500)) : null,
            n[14] % 6 == 0,
            null);
        return (person, date);
    }

    private static TransitionSchedule Schedule(LocalDate date) =>
        TransitionSchedule.TryFor(ParameterTree.Default, date, out var schedule, out _) ? schedule : throw new InvalidOperationException($"no schedule on {date}");

    [Fact]
    public void Decide_WhenARequiredFactIsMissing_IsNeverDecidedOnThatFact()
    {
        _cases.Sample((person, date) =>
        {
            // Given
            var schedule = Schedule(date);

            // When
            var decision = TransitionDecider.Decide(person, schedule);

            // Then
            if (decision.IsDecided && decision.Path == TransitionPath.TransitionDocument)
            {
                Assert.Equal(PublicOrderCheck.Passed, person.PublicOrder);
                Assert.NotEqual(AsylumApplication.Pending, person.Asylum);
                Assert.True(person.Protection.Since <= schedule.CutOff);
            }

            if (decision.IsDecided && decision.Path == TransitionPath.ReturnProgramme)
            {
                Assert.True(person.Return!.CommitmentSigned);
                Assert.NotNull(person.Return.DepartureDate);
                Assert.NotEqual(AsylumApplication.Pending, person.Asylum);
            }

            if (decision.IsDecided && decision.Path == TransitionPath.OtherStatus)
            {
                Assert.NotNull(person.Permit!.ValidUntil);
            }

            if (decision.IsDecided && decision.Path == TransitionPath.AsylumProcedure && !schedule.ProtectionHasEnded)
            {
                Assert.True(person.PublicOrder == PublicOrderCheck.Failed || person.Protection.Since > schedule.CutOff);
            }

            Assert.Equal(decision.IsDecided, decision.Actions.IsEmpty);
        });
    }

    [Fact]
    public void Decide_WhenPending_EveryActionIsDueOnOrBeforeTheLastDayOfProtection()
    {
        _cases.Sample((person, date) =>
        {
            // Given
            var schedule = Schedule(date);

            // When
            var decision = TransitionDecider.Decide(person, schedule);

            // Then
            Assert.All(decision.Actions, a => Assert.True(a.Due <= schedule.ProtectionLastDay));
            Assert.True(decision.IsDecided || decision.Path is not (TransitionPath.NotEntitled or TransitionPath.AsylumProcedure));
        });
    }

    [Fact]
    public void Decide_WhenADocumentIsGranted_ValidUntilMinusValidFromIsTheDurationMinusOneDay()
    {
        _cases.Sample((person, date) =>
        {
            // Given
            var schedule = Schedule(date);

            // When
            var decision = TransitionDecider.Decide(person, schedule);

            // Then
            Assert.Equal(decision.IsDecided && decision.Path == TransitionPath.TransitionDocument, decision.Validity is not null);
            if (decision.Validity is { } validity)
            {
                Assert.Equal(schedule.DocumentFirstDay, validity.Start);
                Assert.Equal(validity.Start.Plus(schedule.DocumentDuration).PlusDays(-1), validity.End);
                Assert.Equal(new LocalDate(2030, 3, 4), validity.End);
            }
        });
    }

    [Fact]
    public void Decide_WhenTheCutOffWasUsed_IsFlaggedProvisional()
    {
        _cases.Sample((person, date) =>
        {
            // Given
            var schedule = Schedule(date);

            // When
            var decision = TransitionDecider.Decide(person, schedule);

            // Then
            var usedProvisional = decision.Reasons.Any(r => r.Rule is TransitionRuleIds.CutOff or TransitionRuleIds.ReturnDeparture)
                || decision.Tasks.Any(t => t.IsProvisional);
            Assert.Equal(usedProvisional, decision.Flags.HasFlag(ReviewFlags.ProvisionalParameter));
        });
    }

    [Fact]
    public void Decide_AnyCase_ReasonsFollowTheEvaluationOrderAndThePathIsTheFirstThatApplies()
    {
        _cases.Sample((person, date) =>
        {
            // Given
            var schedule = Schedule(date);

            // When
            var decision = TransitionDecider.Decide(person, schedule);

            // Then
            Assert.Equal(TransitionRuleIds.ProtectionInNetherlands, decision.Reasons[0].Rule);
            var notEntitled = person.Protection.MemberState != "NL" || !person.OtherProtection.IsEmpty;
            Assert.Equal(notEntitled, decision.Path == TransitionPath.NotEntitled);
            Assert.Equal(notEntitled, decision.Flags.HasFlag(ReviewFlags.MultipleRegistration) || person.Protection.MemberState != "NL");
        });
    }

    [Fact]
    public void AgeOn_AnyBirthDateAndDate_EqualsPeriodBetweenInYears()
    {
        Gen.Int[0, 40_000].Select(Gen.Int[0, 40_000]).Sample((birth, offset) =>
        {
            // Given
            var birthDate = new LocalDate(1940, 1, 1).PlusDays(birth);
            var date = birthDate.PlusDays(offset);

            // When
            var age = TransitionDecider.AgeOn(birthDate, date);

            // Then
            Assert.Equal(Period.Between(birthDate, date, PeriodUnits.Years).Years, age);
        });
    }

    [Fact]
    public void Decide_TransitionDocumentHolder_GetsTheTuitionTaskExactlyWhenOfStudentAge()
    {
        // Persons of 0 to 30 on the decision date: children, students and adults.
        Gen.Select(_cases, Gen.Int[0, 365 * 30]).Sample((c, days) =>
        {
            // Given
            var date = c.Date;
            var person = c.Person with { BirthDate = date.PlusDays(-days) };
            var schedule = Schedule(date);

            // When
            var decision = TransitionDecider.Decide(person, schedule);

            // Then: 18 or older (transition.tuition.minimum-age) on the first day of statutory tuition (or the decision date when later); never a small child
            var tuition = decision.Tasks.Any(t => t.Kind == TaskKind.PayStatutoryTuition);
            var day = schedule.TuitionFrom > date ? schedule.TuitionFrom : date;
            var studentAge = Period.Between(person.BirthDate, day, PeriodUnits.Years).Years >= schedule.TuitionMinimumAge;
            Assert.Equal(decision.IsDecided && decision.Path == TransitionPath.TransitionDocument && studentAge, tuition);
            Assert.True(!tuition || Period.Between(person.BirthDate, day, PeriodUnits.Years).Years >= 18, $"tuition task for a child born {person.BirthDate}");
        });
    }
}
