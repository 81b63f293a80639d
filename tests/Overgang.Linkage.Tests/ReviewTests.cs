using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Linkage.Files;
using Overgang.Linkage.Names;
using Overgang.Linkage.Records;
using Overgang.Linkage.Scoring;
using Overgang.Registry.Audit;
using Overgang.Registry.Facts;
using Overgang.Registry.Linkage;
using Overgang.Registry.Population;
using Overgang.Registry.Runs;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;

namespace Overgang.Linkage.Tests;

public sealed class ReviewTests
{
    private static readonly LocalDate _lastDay = new(2027, 3, 4);
    private static readonly Instant _now = Instant.FromUtc(2026, 11, 30, 10, 0);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Decide_SamePerson_RoutesThePersonToMultipleRegistrationInTheNextDecisionsRun(string provider)
    {
        // Given: a generated registry decided once, and a German registration of one of its adults written the German way
        var database = TestDatabase.Create(provider);
        PopulationStore.Load(database, PopulationGenerator.Generate(300, 11), _now, replace: false);
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), null, out var first, out _));
        string personId;
        IncomingRegistration incoming;
        using (var context = database.Open())
        {
            var twice = context.Protections.AsNoTracking().Where(p => p.MemberState != "NL").Select(p => p.PersonId).ToHashSet();
            var decided = context.Decisions.AsNoTracking().Where(d => d.RunId == first.Id && d.Path != "not-entitled").Select(d => d.PersonId).ToHashSet();
            var person = context.Persons.AsNoTracking().OrderBy(p => p.Id).AsEnumerable()
                .First(p => p.FamilyNameCyrillic is not null && !twice.Contains(p.Id) && decided.Contains(p.Id) && p.BirthDate.Year < 2000);
            personId = person.Id;
            incoming = new IncomingRegistration("DE-77", "DE", new LocalDate(2022, 4, 1), new LinkRecord("DE-77",
                Transliteration.Render(person.FamilyNameCyrillic!, TransliterationSystem.German), Transliteration.Render(person.GivenNameCyrillic!, TransliterationSystem.German),
                LinkDate.From(person.BirthDate), person.Sex, person.Nationality, null), null);
        }

        // When: linked, and a reviewer confirms the pair
        long candidateId;
        using (var context = database.Open())
        {
            var outcome = LinkageRun.AgainstFile(context, [incoming], null, LinkageParameters.Default, "de.csv", "system:link", _now, seed: 3);
            Assert.True(outcome.Added >= 1);
            var candidate = context.LinkCandidates.AsNoTracking().Single(c => c.PersonId == personId && c.ForeignRecordId == "DE-77");
            Assert.Equal(LinkReview.Open, candidate.Status);
            Assert.Contains("\"family-name\"", candidate.Evidence, StringComparison.Ordinal);
            candidateId = candidate.Id;
            Assert.Equal(ReviewOutcome.Decided, LinkReview.Decide(context, candidate.Id, candidate.Version, samePerson: true, "reviewer", "same passport photo", _now, DateTimeZone.Utc));
            Assert.Equal(ReviewOutcome.Conflict, LinkReview.Decide(context, candidate.Id, candidate.Version, samePerson: false, "reviewer", "second click", _now, DateTimeZone.Utc));
        }

        // Then: the next run routes the person via otherProtection to multiple-registration, and it is all audited
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), null, out var second, out _));
        Assert.NotEqual(first.Id, second.Id);
        using var check = database.Open();
        var before = check.Decisions.AsNoTracking().Single(d => d.RunId == first.Id && d.PersonId == personId);
        var after = check.Decisions.AsNoTracking().Single(d => d.RunId == second.Id && d.PersonId == personId);
        Assert.NotEqual("not-entitled", before.Path);
        Assert.Equal("not-entitled", after.Path);
        Assert.Contains("multiple-registration", StoredExplanations.DecisionJson(check, after), StringComparison.Ordinal);
        Assert.Contains(check.Protections.AsNoTracking(), p => p.PersonId == personId && p.MemberState == "DE" && p.Since == new LocalDate(2022, 4, 1));
        Assert.Equal(LinkReview.SamePerson, check.LinkCandidates.AsNoTracking().Single(c => c.Id == candidateId).Status);
        Assert.Contains(check.Audit.AsNoTracking(), a => a.Action == "link.decide" && a.Subject == personId && a.Actor == "reviewer");
        Assert.Contains(check.Audit.AsNoTracking(), a => a.Action == "person.update" && a.Subject == personId);
        Assert.True(AuditChain.Verify(check).IsIntact);
    }

    [Fact]
    public void Decide_DifferentPersons_AddsNoRegistrationAndARerunAddsNoDuplicatePair()
    {
        var database = TestDatabase.Create("sqlite");
        PopulationStore.Load(database, PopulationGenerator.Generate(200, 5), _now, replace: false);
        using var context = database.Open();
        var person = context.Persons.AsNoTracking().OrderBy(p => p.Id).First();
        var incoming = new IncomingRegistration("PL-1", "PL", null, new LinkRecord("PL-1", person.FamilyName, person.GivenName, LinkDate.From(person.BirthDate), person.Sex, person.Nationality, null), null);
        var protections = context.Protections.Count();
        LinkageRun.AgainstFile(context, [incoming], null, LinkageParameters.Default, "pl.csv", "system:link", _now, seed: 3);
        var candidate = context.LinkCandidates.AsNoTracking().Single(c => c.ForeignRecordId == "PL-1");
        Assert.Equal(ReviewOutcome.Decided, LinkReview.Decide(context, candidate.Id, candidate.Version, samePerson: false, "reviewer", "other parents", _now, DateTimeZone.Utc));
        var again = LinkageRun.AgainstFile(context, [incoming], null, LinkageParameters.Default, "pl.csv", "system:link", _now, seed: 3);
        Assert.Equal(0, again.Added);
        Assert.Equal(protections, context.Protections.Count());
        Assert.Equal(LinkReview.DifferentPersons, context.LinkCandidates.AsNoTracking().Single(c => c.ForeignRecordId == "PL-1").Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void AgainstFile_ClearDocumentNumber_StoresOnlyItsLastThreeCharacters(string provider)
    {
        var database = TestDatabase.Create(provider);
        PopulationStore.Load(database, PopulationGenerator.Generate(200, 5), _now, replace: false);
        using var context = database.Open();
        var person = context.Persons.AsNoTracking().OrderBy(p => p.Id).First();
        var incoming = new IncomingRegistration("CZ-7", "CZ", null, new LinkRecord("CZ-7", person.FamilyName, person.GivenName, LinkDate.From(person.BirthDate), person.Sex, person.Nationality, "ek 4471-93x"), null);
        LinkageRun.AgainstFile(context, [incoming], null, LinkageParameters.Default, "cz.csv", "system:link", _now, seed: 3);
        var candidate = context.LinkCandidates.AsNoTracking().Single(c => c.ForeignRecordId == "CZ-7");
        Assert.Equal("93X", candidate.ForeignDocumentEnd);
    }
}
