using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Facts;
using Overgang.Registry.Model;
using Overgang.Registry.Population;
using Overgang.Registry.Runs;
using Overgang.Registry.Tests.Support;
using Overgang.Rules;
using Overgang.Rules.Allowance;
using Overgang.Rules.Households;
using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;
using Overgang.Rules.Provisions;
using Overgang.Rules.Transition;

namespace Overgang.Registry.Tests.Runs;

/// <summary>The monthly run around the end of protection (issue 10): each household gets what its members' paths give.</summary>
public sealed class MonthRunTests : IDisposable
{
    private const string Amsterdam = "GM0363";
    private static readonly LocalDate _lastDay = new(2027, 3, 4);
    private static readonly YearMonth[] _months = [new(2027, 3), new(2027, 4), new(2027, 6)];
    private readonly string _folder = Directory.CreateTempSubdirectory("overgang-month-").FullName;

    /// <summary>The registered households: id, members (id, birth date, parent), NL protection since, path (null: no decision), departure.</summary>
    private static readonly ImmutableArray<(string Household, (string Id, LocalDate Birth, string? Parent)[] Members, LocalDate Since, TransitionPath? Path, LocalDate? Departure)> _households =
    [
        // transition document, protection since April 2022: first hand-over cohort (2027-04-01)
        ("H1", [("H1A", new LocalDate(1985, 1, 1), null), ("H1C", new LocalDate(2015, 5, 5), "H1A")], new LocalDate(2022, 4, 1), TransitionPath.TransitionDocument, null),
        // return programme, departing 2027-05-31
        ("H2", [("H2A", new LocalDate(1980, 2, 2), null)], new LocalDate(2023, 1, 10), TransitionPath.ReturnProgramme, new LocalDate(2027, 5, 31)),
        // asylum procedure: the asylum reception regime from 2027-03-05
        ("H3", [("H3A", new LocalDate(1990, 3, 3), null)], new LocalDate(2022, 5, 1), TransitionPath.AsylumProcedure, null),
        // another residence status: provisions end 2027-03-05
        ("H4", [("H4A", new LocalDate(1975, 4, 4), null)], new LocalDate(2022, 5, 1), TransitionPath.OtherStatus, null),
        // transition document, protection since March 2023: second cohort (2027-06-01)
        ("H5", [("H5A", new LocalDate(1970, 6, 6), null)], new LocalDate(2023, 3, 1), TransitionPath.TransitionDocument, null),
        // no transition decision stored
        ("H6", [("H6A", new LocalDate(1988, 8, 8), null)], new LocalDate(2022, 4, 1), null, null),
    ];

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Execute_AroundTheEndOfProtection_PaysWhatTheRuleGivesForEachPath(string provider)
    {
        // Given
        var database = Seeded(provider);

        foreach (var month in _months)
        {
            // When
            var run = AllowanceRun.Execute(database, month, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 2));

            // Then: every stored payment is what the rule answers for the same facts
            using var read = database.Open();
            var payments = read.Payments.AsNoTracking().Where(p => p.RunId == run.Id).ToList().ToDictionary(p => p.HouseholdId, StringComparer.Ordinal);
            var expectedKeys = new List<string>();
            foreach (var household in _households)
            {
                var answer = Expected(household.Household, month);
                if (answer is AllowanceAnswer.Calculated calculated)
                {
                    for (var i = 0; i < calculated.Households.Length; i++)
                    {
                        var expected = calculated.Households[i];
                        var payment = payments[$"{household.Household}#{i + 1}"];
                        expectedKeys.Add(payment.HouseholdId);
                        Assert.Equal("calculated", payment.Outcome);
                        Assert.Equal(expected.Allowance.Cents, payment.AllowanceCents);
                        Assert.Equal(expected.Contribution.Cents, payment.ContributionCents);
                        Assert.Equal(ProvisionNames.Of(expected.Provision), payment.Provision);
                        Assert.Equal(expected.SocialAssistance?.Amount.Cents, payment.SocialAssistanceCents);
                        Assert.Equal(expected.HealthInsurance?.From, payment.HealthInsuranceFrom);
                        Assert.Equal(expected.HealthInsurance?.Premium?.Cents, payment.HealthInsurancePremiumCents);
                    }
                }
                else
                {
                    var payment = payments[$"{household.Household}#1"];
                    expectedKeys.Add(payment.HouseholdId);
                    Assert.IsType<AllowanceAnswer.PathMissing>(answer);
                    Assert.Equal("not-calculable", payment.Outcome);
                    Assert.Null(payment.Provision);
                    Assert.Contains("persons[0].path", StoredExplanations.PaymentJson(read, payment), StringComparison.Ordinal);
                }
            }

            Assert.Equal(expectedKeys.Order(StringComparer.Ordinal), payments.Keys.Order(StringComparer.Ordinal));
            Assert.Equal("finished", run.Status);

            // the lists: totals lines are the sums of their rows and equal the returned totals
            var folder = Path.Combine(_folder, $"{provider}-{month:yyyy-MM}");
            var totals = Assert.Single(MonthLists.Write(database, run.Id, folder));
            AssertTotalsAreSums(folder);
            Assert.Equal(payments.Values.Sum(p => p.AllowanceCents), totals.Payments.Allowance.Cents);
            Assert.Equal(payments.Values.Sum(p => p.ContributionCents), totals.Payments.Contribution.Cents);
            var handOver = Rows(Path.Combine(folder, $"{Amsterdam}-hand-over.csv"));
            var insurance = Rows(Path.Combine(folder, $"{Amsterdam}-health-insurance.csv"));
            var contributions = Rows(Path.Combine(folder, $"{Amsterdam}-contributions.csv"));
            Assert.Equal(payments.Values.Where(p => p.ContributionCents > 0).Select(p => p.HouseholdId).Order(StringComparer.Ordinal), contributions.Select(r => r[0]));
            switch (month.Month)
            {
                case 3:
                    // before the end of protection: everyone on the allowance, nothing to hand over or enrol
                    Assert.All(payments.Values.Where(p => p.Outcome == "calculated"), p => Assert.Equal("allowance", p.Provision));
                    Assert.Equal("calculated", payments["H6#1"].Outcome);
                    Assert.Empty(handOver);
                    Assert.Empty(insurance);
                    break;
                case 4:
                    Assert.Equal(["H1#1"], handOver.Select(r => r[0]));
                    Assert.Contains("handed over to social assistance from 2027-04-01", handOver[0][4], StringComparison.Ordinal);
                    Assert.Equal("social-assistance", payments["H1#1"].Provision);
                    Assert.True(payments["H1#1"].SocialAssistanceCents > 0);
                    Assert.Equal(0, payments["H1#1"].AllowanceCents);
                    Assert.Equal("allowance", payments["H2#1"].Provision);
                    Assert.True(payments["H2#1"].AllowanceCents > 0);
                    Assert.All(new[] { "H3#1", "H4#1" }, k => Assert.Equal(("ended", 0L, 0L), (payments[k].Provision, payments[k].AllowanceCents, payments[k].ContributionCents)));
                    Assert.Equal(["H1#1", "H5#1"], insurance.Select(r => r[0]));
                    Assert.All(insurance, r => Assert.Equal("to enrol", r[5]));
                    break;
                default:
                    // June: the first cohort was handed over in April; the second cohort now; the return participant has left
                    Assert.Equal(["H5#1"], handOver.Select(r => r[0]));
                    Assert.Equal("social-assistance", payments["H1#1"].Provision);
                    Assert.Equal(("ended", 0L), (payments["H2#1"].Provision, payments["H2#1"].AllowanceCents));
                    Assert.Equal(["H1#1", "H5#1"], insurance.Select(r => r[0]));
                    break;
            }
        }
    }

    [Fact]
    public void Execute_SameMonthTwice_GivesIdenticalResultsAndLists()
    {
        // Given
        var database = Seeded("sqlite");
        var month = new YearMonth(2027, 4);

        // When
        var first = AllowanceRun.Execute(database, month, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 2));
        var firstLists = MonthLists.Write(database, first.Id, Path.Combine(_folder, "first"));
        var second = AllowanceRun.Execute(database, month, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 3, Rerun: true));
        var secondLists = MonthLists.Write(database, second.Id, Path.Combine(_folder, "second"));

        // Then
        Assert.Equal(first.Counts, second.Counts);
        Assert.Equal(firstLists, secondLists);
        foreach (var file in Directory.GetFiles(Path.Combine(_folder, "first")))
        {
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(_folder, "second", Path.GetFileName(file))));
        }
    }

    [Fact]
    public void Execute_CrashedAndResumed_WritesTheListsOfAnUninterruptedRun()
    {
        // Given
        var reference = Seeded("sqlite");
        var month = new YearMonth(2027, 6);
        var clean = AllowanceRun.Execute(reference, month, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 2));
        MonthLists.Write(reference, clean.Id, Path.Combine(_folder, "clean"));

        // When
        var database = Seeded("sqlite");
        Assert.Throws<InvalidOperationException>(() => AllowanceRun.Execute(database, month, ParameterTree.Default, TestClock.Start(),
            new RunOptions(ChunkSize: 2, Fault: p => _ = p == new RunFaultPoint(1, "after-commit") ? throw new InvalidOperationException("simulated crash") : 0)));
        var resumed = AllowanceRun.Execute(database, month, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 2));
        MonthLists.Write(database, resumed.Id, Path.Combine(_folder, "resumed"));

        // Then
        using (var read = database.Open())
        {
            Assert.Equal(1, read.Runs.Count(r => r.Kind == RunKinds.Allowance));
        }

        foreach (var file in Directory.GetFiles(Path.Combine(_folder, "clean")))
        {
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(_folder, "resumed", Path.GetFileName(file))));
        }
    }

    [Fact]
    public void Execute_GeneratedPopulationAfterProtection_TotalsEqualTheSumOfTheRuleAnswersPerHousehold()
    {
        // Given: a generated population, decided on the last day of protection
        var database = TestDatabase.Create("sqlite");
        var population = PopulationGenerator.Generate(600, 11);
        PopulationStore.Load(database, population, Instant.FromUtc(2026, 11, 22, 8, 0), replace: false);
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 100), out var decisions, out _));
        var month = new YearMonth(2027, 6);
        var day = month.OnDayOfMonth(1);

        // When
        var run = AllowanceRun.Execute(database, month, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 50));
        var totals = MonthLists.Write(database, run.Id, _folder);

        // Then: the expected answers straight from the rule, with the facts read from the generated rows
        var schedule = AllowanceSchedule.For(ParameterTree.Default, day);
        using var read = database.Open();
        var paths = read.Decisions.AsNoTracking().Where(d => d.RunId == decisions.Id).ToList().ToDictionary(d => d.PersonId, d => TransitionNames.Paths[d.Path]);
        var departures = population.ReturnCommitments.ToDictionary(r => r.PersonId, r => r.DepartureDate);
        var since = population.Protections.Where(p => p.MemberState == "NL").ToDictionary(p => p.PersonId, p => p.Since);
        var incomes = population.Incomes.Where(i => i.Months.In(day) is not null).ToDictionary(i => i.PersonId, i => i.Months.In(day)!.Value);
        var parents = population.Parents.ToLookup(p => p.PersonId, p => p.ParentId);
        var reception = population.Placements.ToDictionary(p => p.PersonId, p => p.Reception);
        Assert.True(AbsenceRule.TryFor(ParameterTree.Default, day.ToYearMonth(), out var absence, out _));
        var away = population.Absences.Where(a => absence.IsOverMaximum(a.From, a.To)).Select(a => a.PersonId).ToHashSet();
        Assert.Empty(away);
        Assert.NotEmpty(incomes);
        long allowance = 0, contribution = 0, assistance = 0;
        var provisions = new HashSet<Provision>();
        foreach (var household in population.Persons.Where(p => ReceptionNames.ByName.ContainsKey(reception[p.Id])).GroupBy(p => p.HouseholdId))
        {
            var ids = household.Select(p => p.Id).ToHashSet();
            var facts = household.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => new PersonFacts(
                p.Id,
                p.BirthDate,
                p.PartnerId is { } partner && ids.Contains(partner) ? partner : null,
                [.. parents[p.Id].Where(ids.Contains).Order(StringComparer.Ordinal)],
                new Money(incomes.GetValueOrDefault(p.Id)),
                ReceptionNames.ByName[reception[p.Id]])
            {
                Path = paths.TryGetValue(p.Id, out var path) ? new PathFacts(path, departures.TryGetValue(p.Id, out var d) ? d : null, since[p.Id]) : null,
            }).ToImmutableArray();
            if (HouseholdAllowances.Answer(new AllowanceRequest(day, facts, []), schedule, explain: false) is AllowanceAnswer.Calculated calculated)
            {
                allowance += calculated.Households.Sum(h => h.Allowance.Cents);
                contribution += calculated.Households.Sum(h => h.Contribution.Cents);
                assistance += calculated.Households.Sum(h => h.SocialAssistance?.Amount.Cents ?? 0);
                provisions.UnionWith(calculated.Households.Select(h => h.Provision));
            }
        }

        Assert.Equal(allowance, totals.Sum(t => t.Payments.Allowance.Cents));
        Assert.Equal(contribution, totals.Sum(t => t.Payments.Contribution.Cents));
        Assert.Equal(assistance, read.Payments.Where(p => p.RunId == run.Id).Sum(p => p.SocialAssistanceCents ?? 0));
        Assert.Equal([Provision.Allowance, Provision.SocialAssistance, Provision.Ended], provisions.Order());
        AssertTotalsAreSums(_folder);
    }

    /// <summary>The rule's answer for a registered household of the test registry in a month.</summary>
    private static AllowanceAnswer Expected(string householdId, YearMonth month)
    {
        var household = _households.Single(h => h.Household == householdId);
        var day = month.OnDayOfMonth(1);
        var facts = household.Members.Select(m => new PersonFacts(m.Id, m.Birth, null, m.Parent is null ? [] : [m.Parent], new Money(Income(m.Id, month)), Reception.Municipal)
        {
            Path = household.Path is { } path ? new PathFacts(path, household.Departure, household.Since) : null,
        }).ToImmutableArray();
        return HouseholdAllowances.Answer(new AllowanceRequest(day, facts, []), AllowanceSchedule.For(ParameterTree.Default, day), explain: false);
    }

    private static long Income(string personId, YearMonth month) => personId is "H1A" or "H5A" ? 40_000 + (month.Month * 1_000) : 0;

    private static RegistryDatabase Seeded(string provider)
    {
        var database = TestDatabase.Create(provider);
        using var context = database.Open();
        context.Municipalities.Add(new Municipality { Code = Amsterdam, Name = "Amsterdam" });
        context.Locations.Add(new ReceptionLocation { Id = "L1", MunicipalityCode = Amsterdam, Name = "L1", Kind = "municipal", Capacity = 20, Opened = TestPopulation.PlacedFrom });
        var decisions = new BatchRun { Kind = RunKinds.Decisions, Argument = "2027-03-04", ParameterVersion = "v", StartedAt = Instant.FromUtc(2026, 11, 22, 8, 0), Status = "finished", Counts = "{}" };
        var older = new BatchRun { Kind = RunKinds.Decisions, Argument = "2026-12-01", ParameterVersion = "v", StartedAt = Instant.FromUtc(2026, 11, 22, 7, 0), Status = "finished", Counts = "{}" };
        var later = new BatchRun { Kind = RunKinds.Decisions, Argument = "2027-09-01", ParameterVersion = "v", StartedAt = Instant.FromUtc(2026, 11, 22, 9, 0), Status = "finished", Counts = "{}" };
        context.Runs.AddRange(older, decisions, later);
        context.SaveChanges();
        foreach (var (household, members, since, path, departure) in _households)
        {
            foreach (var (id, birth, parent) in members)
            {
                context.Persons.Add(TestPopulation.Person(id, household, Amsterdam, birth));
                TestPopulation.Place(context, id, "municipal", "L1");
                context.Protections.Add(new ProtectionRegistration { PersonId = id, MemberState = "NL", Since = since });
                if (parent is not null)
                {
                    context.Parents.Add(new PersonParent { PersonId = id, ParentId = parent });
                }

                var incomes = IncomeMonths.Of(_months.Where(m => Income(id, m) > 0).Select(m => new MonthlyIncome(m.OnDayOfMonth(1), Income(id, m))));
                if (!incomes.IsEmpty)
                {
                    context.Incomes.Add(new PersonIncome { PersonId = id, Months = incomes });
                }

                if (path is { } decided)
                {
                    context.Decisions.Add(Decision(decisions, id, _lastDay, decided));
                }

                if (departure is { } leaving)
                {
                    context.ReturnCommitments.Add(new Model.ReturnCommitment { PersonId = id, CommitmentSigned = true, DepartureDate = leaving });
                }
            }
        }

        // H4A: an older decision (transition document) and a later one dated after the months run: the decision of
        // 2027-03-04 is the one that counts.
        context.Decisions.Add(Decision(older, "H4A", new LocalDate(2026, 12, 1), TransitionPath.TransitionDocument));
        context.Decisions.Add(Decision(later, "H4A", new LocalDate(2027, 9, 1), TransitionPath.TransitionDocument));
        context.SaveChanges();
        return database;
    }

    private static DecisionRecord Decision(BatchRun run, string personId, LocalDate date, TransitionPath path) => new()
    {
        RunId = run.Id,
        PersonId = personId,
        Date = date,
        Path = TransitionNames.Of(path),
        Status = "decided",
        Explanation = "{}",
        ParameterVersion = "v",
    };

    /// <summary>Every list in the folder ends with a totals line whose amounts and counts are the sums of its rows.</summary>
    private static void AssertTotalsAreSums(string folder)
    {
        var summed = new Dictionary<string, int[]>(StringComparer.Ordinal)
        {
            [".csv"] = [1, 2, 3],
            ["-contributions.csv"] = [1, 3],
            ["-hand-over.csv"] = [1, 2, 3],
            ["-health-insurance.csv"] = [1, 3, 4],
        };
        foreach (var file in Directory.GetFiles(folder, "*.csv").Where(f => Path.GetFileName(f) != "totals.csv"))
        {
            var suffix = summed.Keys.Where(s => s != ".csv").FirstOrDefault(s => file.EndsWith(s, StringComparison.Ordinal)) ?? ".csv";
            var lines = Parse(File.ReadAllText(file));
            var total = lines[^1];
            var rows = lines.Skip(1).SkipLast(1).ToList();
            Assert.Equal("total", total[0]);
            Assert.Contains($"{rows.Count} households", total, StringComparer.Ordinal);
            foreach (var column in summed[suffix])
            {
                if (total[column].Length == 0)
                {
                    // an unknown sum (the premium parameter is unknown): no row has an amount either
                    Assert.All(rows, r => Assert.Equal("", r[column]));
                    continue;
                }

                var sum = rows.Sum(r => r[column].Length == 0 ? 0m : decimal.Parse(r[column], CultureInfo.InvariantCulture));
                Assert.Equal(sum, decimal.Parse(total[column], CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>The data rows of a list (without header and totals line).</summary>
    private static List<List<string>> Rows(string file)
    {
        var lines = Parse(File.ReadAllText(file));
        return [.. lines.Skip(1).SkipLast(1)];
    }

    /// <summary>An RFC 4180 reader, to check the quoting of the lists.</summary>
    private static List<List<string>> Parse(string text)
    {
        var lines = new List<List<string>>();
        var line = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                line.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                line.Add(cell.ToString());
                cell.Clear();
                lines.Add(line);
                line = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        return lines;
    }
}
