using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Facts;
using Overgang.Registry.Model;
using Overgang.Registry.Runs;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;

namespace Overgang.Registry.Tests.Runs;

public sealed class AllowanceRunTests
{
    private const int Households = 200;
    private static readonly YearMonth _month = new(2025, 11);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Execute_SmallPopulation_PaysTheRuleAmountsPerHousehold(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        using (var context = database.Open())
        {
            context.Municipalities.Add(new Municipality { Code = "GM0363", Name = "Amsterdam" });
            context.Locations.AddRange(
                new ReceptionLocation { Id = "L1", MunicipalityCode = "GM0363", Name = "L1", Kind = "municipal", Capacity = 10, Opened = TestPopulation.PlacedFrom },
                new ReceptionLocation { Id = "C1", MunicipalityCode = "GM0363", Name = "C1", Kind = "coa", Capacity = 10, Opened = TestPopulation.PlacedFrom });
            // H1: single adult, municipal, no income: 252.18 + 62.66 = 314.84
            context.Persons.Add(TestPopulation.Person("A", "H1", "GM0363", new LocalDate(1985, 1, 1)));
            TestPopulation.Place(context, "A", "municipal", "L1");
            // H2: mother and child, with the grandmother registered in the same household
            context.Persons.AddRange(TestPopulation.Person("M", "H2", "GM0363", new LocalDate(1990, 1, 1)), TestPopulation.Person("K", "H2", "GM0363", new LocalDate(2015, 1, 1)), TestPopulation.Person("G", "H2", "GM0363", new LocalDate(1960, 1, 1)));
            context.Parents.AddRange(new PersonParent { PersonId = "K", ParentId = "M" }, new PersonParent { PersonId = "M", ParentId = "G" });
            foreach (var id in new[] { "M", "K", "G" })
            {
                TestPopulation.Place(context, id, "municipal", "L1");
            }

            // H3: in COA reception: not in the municipal scheme
            context.Persons.Add(TestPopulation.Person("C", "H3", "GM0363", new LocalDate(1985, 1, 1)));
            TestPopulation.Place(context, "C", "coa", "C1");
            // H4: away 29 days in November, the only member: the allowance ends
            context.Persons.Add(TestPopulation.Person("W", "H4", "GM0363", new LocalDate(1985, 1, 1)));
            TestPopulation.Place(context, "W", "municipal", "L1");
            context.Absences.Add(new Absence { PersonId = "W", From = new LocalDate(2025, 11, 1), To = new LocalDate(2025, 11, 29), Reported = true });
            // H5: away exactly 28 days: still paid
            context.Persons.Add(TestPopulation.Person("V", "H5", "GM0363", new LocalDate(1985, 1, 1)));
            TestPopulation.Place(context, "V", "municipal", "L1");
            context.Absences.Add(new Absence { PersonId = "V", From = new LocalDate(2025, 11, 1), To = new LocalDate(2025, 11, 28), Reported = true });
            context.SaveChanges();
        }

        // When
        var run = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 2));

        // Then
        using var read = database.Open();
        var payments = read.Payments.Where(p => p.RunId == run.Id).ToList().ToDictionary(p => p.HouseholdId);
        Assert.Equal("finished", run.Status);
        Assert.Equal(31_484, payments["H1#1"].AllowanceCents);
        // members are taken in id order: the grandmother G forms H2#1 alone, mother M and child K form H2#2
        Assert.Equal(1, payments["H2#1"].Members);
        Assert.Equal(31_484, payments["H2#1"].AllowanceCents);
        Assert.Equal(2, payments["H2#2"].Members);
        Assert.Equal(25_218 + 21_005 + 2 * 6_266, payments["H2#2"].AllowanceCents);
        Assert.DoesNotContain(payments.Keys, k => k.StartsWith("H3", StringComparison.Ordinal));
        Assert.Equal("ended-absence", payments["H4#1"].Outcome);
        Assert.Equal(0, payments["H4#1"].AllowanceCents);
        Assert.Equal(31_484, payments["H5#1"].AllowanceCents);
        Assert.Contains("allowance.food", StoredExplanations.PaymentJson(read, payments["H1#1"]), StringComparison.Ordinal);
        var counts = JsonSerializer.Deserialize<Dictionary<string, int>>(run.Counts)!;
        Assert.Equal(4, counts["calculated"]);
        Assert.Equal(1, counts["ended-absence"]);
        Assert.Equal(1, counts["not-in-municipal-scheme"]);
        Assert.True(AuditChain.Verify(read).IsIntact);
        Assert.Equal(payments.Count, read.Audit.Count(a => a.Action == "allowance.record"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Execute_CrashAtTwelvePointsAndResume_GivesTheResultsOfAnUninterruptedRun(string provider)
    {
        // Given: the results of an uninterrupted run
        var reference = TestDatabase.Create(provider);
        TestPopulation.Seed(reference, Households);
        var clean = AllowanceRun.Execute(reference, _month, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 4));
        var expected = Results(reference, clean.Id);
        Assert.True(expected.Count >= Households);

        // When: a fresh registry is crashed at 12 points in turn (chunk numbers count from 0 in every attempt, so each
        // attempt commits a few chunks more before it crashes) and resumed after each crash
        var database = TestDatabase.Create(provider);
        TestPopulation.Seed(database, Households);
        var points = Enumerable.Range(0, 6).SelectMany(c => new[] { new RunFaultPoint(c, "before-commit"), new RunFaultPoint(c, "after-commit") }).ToList();
        foreach (var point in points)
        {
            Assert.Throws<SimulatedCrash>(() => AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 4, Fault: p =>
            {
                if (p == point)
                {
                    throw new SimulatedCrash();
                }
            }) { Lease = CrashedRun.Lease }));
        }

        var resumed = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 4));

        // Then: one run, finished, identical results and counts, no duplicates or gaps, audit intact
        using var read = database.Open();
        Assert.Equal(1, read.Runs.Count());
        Assert.Equal("finished", resumed.Status);
        Assert.Equal(expected, Results(database, resumed.Id));
        Assert.Equal(clean.Counts, resumed.Counts);
        Assert.Equal(expected.Count, read.Audit.Count(a => a.Action == "allowance.record"));
        Assert.True(AuditChain.Verify(read).IsIntact);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Execute_RerunWithTheSameInputs_GivesIdenticalResults(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        TestPopulation.Seed(database, 25);

        // When
        var first = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start());
        var second = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start(), new RunOptions(Rerun: true));

        // Then: computed again (--rerun; without it the finished run is reused, RunReuseTests), with the same results
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(Results(database, first.Id), Results(database, second.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void StoredPayments_ReadBack_AreExactlyTheExplanationJsonOfTheCalculation(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        TestPopulation.Seed(database, Households);
        var run = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 16));
        Assert.True(AbsenceRule.TryFor(ParameterTree.Default, _month, out var absence, out _));
        using var context = database.Open();
        var facts = AllowanceFacts.Load(context, context.Persons.AsNoTracking(), absence);
        var expected = context.Persons.AsNoTracking().ToList().GroupBy(p => p.HouseholdId)
            .SelectMany(g => facts.Calculate(g.Key, [.. g.OrderBy(p => p.Id, StringComparer.Ordinal)], ParameterTree.Default).Results)
            .ToDictionary(r => r.Key, r => r.Explanation, StringComparer.Ordinal);

        // When: read from the registry, not from memory
        StoredExplanations.ForgetTables();
        var payments = context.Payments.AsNoTracking().Where(p => p.RunId == run.Id).ToList();

        // Then
        Assert.Equal(expected.Count, payments.Count);
        Assert.All(payments, p => Assert.Equal(expected[p.HouseholdId], StoredExplanations.PaymentJson(context, p)));
        var calculated = payments.Where(p => p.Outcome == "calculated").ToList();
        Assert.NotEmpty(calculated);
        Assert.All(calculated, p => Assert.True(p.Stored is not null && p.Explanation is null));
        Assert.True(calculated.Average(p => p.Stored!.Length) * 5 < expected.Values.Average(e => e.Length), $"{calculated.Average(p => p.Stored!.Length)} bytes a payment");
    }

    private static List<string> Results(RegistryDatabase database, long runId)
    {
        using var context = database.Open();
        return [.. context.Payments.AsNoTracking().Where(p => p.RunId == runId).ToList()
            .OrderBy(p => p.HouseholdId, StringComparer.Ordinal)
            .Select(p => $"{p.HouseholdId}|{p.MunicipalityCode}|{p.Members}|{p.AllowanceCents}|{p.ContributionCents}|{p.Outcome}|{StoredExplanations.PaymentJson(context, p)}")];
    }

    private sealed class SimulatedCrash : Exception;
}
