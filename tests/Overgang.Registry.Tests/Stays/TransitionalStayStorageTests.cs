using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Facts;
using Overgang.Registry.Import;
using Overgang.Registry.Model;
using Overgang.Registry.Runs;
using Overgang.Registry.Tests.Import;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;
using Overgang.Rules.Transition;

namespace Overgang.Registry.Tests.Stays;

/// <summary>The <c>transitional_stay</c> table (issue 16) on both databases: storage, <c>stays.csv</c>, and the facts the runs give the rules.</summary>
public sealed class TransitionalStayStorageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void A_stay_is_stored_as_written_and_moves_the_registry_revision(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        var at = Instant.FromUtc(2026, 11, 22, 9, 30, 1).PlusNanoseconds(123000);
        var reason = "Хіміотерапія до вересня; \"контроль\" <b>&</b>\nдругий рядок";
        long revision;
        using (var setup = database.Open())
        {
            setup.Municipalities.Add(new Municipality { Code = "GM0363", Name = "Amsterdam" });
            setup.Persons.Add(SchemaTests.NewPerson("P1", new LocalDate(1960, 1, 1)));
            setup.SaveChanges();
            revision = setup.Revision.AsNoTracking().Single(r => r.Id == 1).Value;
        }

        // When
        using (var write = database.Open())
        {
            write.TransitionalStays.Add(new TransitionalStayRecord
            {
                PersonId = "P1", Kind = "medical-treatment", From = new LocalDate(2027, 3, 5), Until = new LocalDate(2027, 9, 30), Reason = reason,
                DecidedBy = "ind:officer", DecidedOn = new LocalDate(2026, 11, 22), RecordedAt = at, Withdrawn = false,
            });
            write.SaveChanges();
        }

        // Then
        using var read = database.Open();
        var stay = read.TransitionalStays.AsNoTracking().Single();
        Assert.Equal(("P1", "medical-treatment", new LocalDate(2027, 3, 5), new LocalDate(2027, 9, 30)), (stay.PersonId, stay.Kind, stay.From, stay.Until));
        Assert.Equal((reason, "ind:officer", new LocalDate(2026, 11, 22), at, false), (stay.Reason, stay.DecidedBy, stay.DecidedOn, stay.RecordedAt, stay.Withdrawn));
        Assert.True(read.Revision.AsNoTracking().Single(r => r.Id == 1).Value > revision);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void A_stay_needs_a_registered_person_and_one_per_person_day_and_kind(string provider)
    {
        var database = TestDatabase.Create(provider);
        using var context = database.Open();
        context.Municipalities.Add(new Municipality { Code = "GM0363", Name = "Amsterdam" });
        context.SaveChanges();
        context.TransitionalStays.Add(Stay("nobody"));
        Assert.Throws<DbUpdateException>(() => context.SaveChanges());
        context.ChangeTracker.Clear();
        context.Persons.Add(SchemaTests.NewPerson("P1", new LocalDate(1960, 1, 1)));
        context.TransitionalStays.Add(Stay("P1"));
        context.SaveChanges();
        context.TransitionalStays.Add(Stay("P1"));
        Assert.Throws<DbUpdateException>(() => context.SaveChanges());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Stays_csv_stores_the_stays_the_rules_grant_and_rejects_those_without_ground_naming_the_line(string provider)
    {
        // Given every base file
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Stays);

        // When
        var result = ImportFiles.Import(database, ImportKind.Stays, "stays.csv");

        // Then: the medical stay of the child in treatment and the school-year stay of her mother (capped at the school year's end)
        Assert.Equal(new ImportCounts(4, 2, 0, 0, 2), result.Counts);
        Assert.Equal([(4, "kind"), (5, "kind")], result.Rejections.Select(r => (r.Line, r.Field)).ToList());
        Assert.Contains("medical treatment", result.Rejections[0].Reason, StringComparison.Ordinal);
        Assert.Contains("school age", result.Rejections[1].Reason, StringComparison.Ordinal);
        using var context = database.Open();
        var stays = context.TransitionalStays.AsNoTracking().ToList().ToDictionary(s => s.PersonId);
        Assert.Equal(new LocalDate(2027, 9, 30), stays["P0000003"].Until);
        Assert.Equal(new LocalDate(2027, 7, 31), stays["P0000001"].Until);
        Assert.Equal("Лікування триває; контроль у лікарні", stays["P0000003"].Reason);
        Assert.Equal(2, context.Audit.AsNoTracking().Count(a => a.Action == "transitional-stay.create"));

        // And the same file again changes nothing
        var again = ImportFiles.Import(database, ImportKind.Stays, "stays.csv");
        Assert.Equal(new ImportCounts(4, 0, 0, 2, 2), again.Counts);
    }

    [Fact]
    public void The_decisions_run_and_the_allowance_facts_give_the_stay_to_the_rules()
    {
        // Given the base files and the stays
        var database = TestDatabase.Create("sqlite");
        ImportFiles.SeedBefore(database, ImportKind.Stays);
        ImportFiles.Import(database, ImportKind.Stays, "stays.csv");

        // When
        Assert.True(DecisionsRun.TryExecute(database, new LocalDate(2027, 3, 4), ParameterTree.Default, TestClock.Start(), null, out _, out var missing), missing?.Message);

        // Then: the decision carries the granted stay, and the allowance facts defer the path until its end
        using var context = database.Open();
        var persons = context.Persons.AsNoTracking().Where(p => p.HouseholdId == "H0001");
        var facts = DecisionFacts.Load(context, persons);
        var child = facts.For(context.Persons.AsNoTracking().Single(p => p.Id == "P0000003"))!;
        Assert.Equal(new TransitionalStay(StayKind.MedicalTreatment, new LocalDate(2027, 3, 5), new LocalDate(2027, 9, 30)), child.TransitionalStay);
        Assert.True(TransitionSchedule.TryFor(ParameterTree.Default, new LocalDate(2027, 3, 4), out var schedule, out _));
        var decision = DecisionsRun.DecideHousehold(context, "H0001", schedule).Single(d => d.PersonId == "P0000003");
        Assert.True(decision.Stay is { Granted: true });
        Assert.Contains(decision.Reasons, r => r.Rule == TransitionRuleIds.TransitionalStay && r.Met);
        Assert.True(AbsenceRule.TryFor(ParameterTree.Default, new YearMonth(2027, 6), out var absence, out _));
        var allowance = AllowanceFacts.Load(context, persons, absence);
        Assert.Equal(new LocalDate(2027, 9, 30), allowance.PathOf("P0000003")!.TransitionalStayUntil);
        Assert.Equal(new LocalDate(2027, 7, 31), allowance.PathOf("P0000001")!.TransitionalStayUntil);
        Assert.Null(allowance.PathOf("P0000002")!.TransitionalStayUntil);
    }

    private static TransitionalStayRecord Stay(string personId) => new()
    {
        PersonId = personId, Kind = "school-year", From = new LocalDate(2027, 3, 5), Until = new LocalDate(2027, 7, 31), Reason = "x",
        DecidedBy = "ind:officer", DecidedOn = new LocalDate(2026, 11, 22), RecordedAt = Instant.FromUtc(2026, 11, 22, 0, 0), Withdrawn = false,
    };
}
