using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Facts;
using Overgang.Registry.Import;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;
using Overgang.Rules.ReturnProgramme;
using Overgang.Rules.Transition;

namespace Overgang.Registry.Tests.Import;

/// <summary><c>return.csv</c> and the return-commitment check without a date, on both databases.</summary>
public sealed class ReturnImportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_ReturnFile_StoresTheProgrammeFromEnrolmentToDepartureWithAuditEntries(string provider)
    {
        // Given: the base files, and P0000005's enrolment from checks.csv (signed, leaving 2027-05-01)
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Return);
        var auditBefore = ImportFiles.AuditCount(database);

        // When
        var result = ImportFiles.Import(database, ImportKind.Return, "return.csv");

        // Then
        Assert.Empty(result.Rejections);
        Assert.Equal(new ImportCounts(8, 6, 2, 0, 0), result.Counts);
        Assert.Equal(auditBefore + 8, ImportFiles.AuditCount(database));
        using var context = database.Open();
        Assert.True(AuditChain.Verify(context).IsIntact);
        var olena = context.ReturnCommitments.AsNoTracking().Single(r => r.PersonId == "P0000001");
        Assert.Equal((new LocalDate(2026, 10, 1), (LocalDate?)null, false, "documentation,travel-ticket"), (olena.EnrolledOn!.Value, olena.DepartureDate, olena.CommitmentSigned, olena.Package));
        Assert.Equal(new LocalDate(2026, 12, 5), context.ReturnVisits.AsNoTracking().Single().To);
        Assert.Equal("reconstruction", context.ReturnCourses.AsNoTracking().Single().Kind);
        Assert.Equal(new LocalDate(2027, 4, 20), context.ReturnDepartures.AsNoTracking().Single().On);
        Assert.Equal("person", context.ReturnWithdrawals.AsNoTracking().Single().By);

        // And the facts builder gives the rules the whole enrolment
        var facts = DecisionFacts.Load(context, context.Persons.AsNoTracking());
        var withdrawn = facts.For(context.Persons.AsNoTracking().Single(p => p.Id == "P0000005"))!;
        Assert.Equal(new LocalDate(2027, 2, 1), withdrawn.Return!.Withdrawal!.On);
        var visiting = facts.For(context.Persons.AsNoTracking().Single(p => p.Id == "P0000001"))!.Return!;
        Assert.Equal(new ExploratoryVisit(new LocalDate(2026, 11, 1), new LocalDate(2026, 12, 5)), Assert.Single(visiting.Visits));
        Assert.Equal([PackageComponent.TravelTicket, PackageComponent.Documentation], visiting.Package.Order().ToArray());
        Assert.Equal(ReturnStage.DateToBeAgreed, ReturnRules.StageOn(visiting, new LocalDate(2026, 12, 1)));
        var departed = facts.For(context.Persons.AsNoTracking().Single(p => p.Id == "P0000002"))!.Return!;
        Assert.Equal(ReturnStage.Departed, ReturnRules.StageOn(departed, new LocalDate(2027, 4, 20)));

        // And the decision no longer puts the withdrawn person on the return path
        var decision = TransitionDecider.Decide(withdrawn, Assert.IsType<TransitionSchedule>(Schedule(new LocalDate(2027, 3, 4))));
        Assert.NotEqual(TransitionPath.ReturnProgramme, decision.Path);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_ReturnFileAgain_ChangesNothing(string provider)
    {
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Return);
        ImportFiles.Import(database, ImportKind.Return, "return.csv");
        var auditBefore = ImportFiles.AuditCount(database);

        var again = ImportFiles.Import(database, ImportKind.Return, "return.csv");

        Assert.Equal(new ImportCounts(8, 0, 0, 8, 0), again.Counts);
        Assert.Equal(auditBefore, ImportFiles.AuditCount(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_MalformedReturnFile_RejectsEachBadRowByLineAndField(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Return);

        // When
        var result = ImportFiles.Import(database, ImportKind.Return, "return-malformed.csv");

        // Then
        Assert.Equal(
            [
                (3, "event", "'holiday' is not one of enrolment, package, visit, course, withdrawal, departure"),
                (4, "to", "2026-11-01 is before from 2026-11-05"),
                (5, "event", "person P0000003 is not enrolled in the return programme (an enrolment row first)"),
                (6, "value", "'neighbour' is not one of person, municipality, dtenv, ind"),
                (7, "from", "required"),
                (8, "personId", "duplicate of line 2 (same natural key)"),
                (9, "value", "'villa' is not one of cash-contribution, documentation, in-kind-reintegration, travel-ticket"),
                (10, "personId", "unknown person P9999999"),
            ],
            result.Rejections.Select(r => (r.Line, r.Field, r.Reason)));
        Assert.Equal(new ImportCounts(9, 1, 0, 0, 8), result.Counts);
        using var context = database.Open();
        Assert.Equal(["P0000001", "P0000005"], context.ReturnCommitments.Select(r => r.PersonId).OrderBy(p => p).ToList());
        Assert.Empty(context.ReturnVisits);
        Assert.Empty(context.ReturnWithdrawals);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_ReturnCommitmentWithoutDate_IsAValidEnrolmentWithTheDateToBeAgreed(string provider)
    {
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Checks);

        var result = ImportFiles.Import(database, ImportKind.Checks, "checks-return-without-date.csv");

        Assert.Empty(result.Rejections);
        Assert.Equal(new ImportCounts(2, 2, 0, 0, 0), result.Counts);
        using var context = database.Open();
        Assert.Null(context.ReturnCommitments.AsNoTracking().Single(r => r.PersonId == "P0000001").DepartureDate);
        Assert.Equal(new LocalDate(2027, 6, 1), context.ReturnCommitments.AsNoTracking().Single(r => r.PersonId == "P0000002").DepartureDate);
    }

    private static TransitionSchedule? Schedule(LocalDate date) =>
        TransitionSchedule.TryFor(ParameterTree.Default, date, out var schedule, out _) ? schedule : null;
}
