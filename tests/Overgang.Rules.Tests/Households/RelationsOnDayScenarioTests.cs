using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using Overgang.Rules.Households;

namespace Overgang.Rules.Tests.Households;

/// <summary>
/// The scenarios of <c>Scenarios/relations</c>: persons, their dated relations, and the households the rules form on a
/// day or for a month (from the relations in force on the month's reference day).
/// </summary>
public sealed class RelationsOnDayScenarioTests
{
    private static readonly string _folder = ScenarioFolder.Of("relations");

    public static TheoryData<string> Files() => ScenarioFolder.Names(_folder);

    [Theory]
    [MemberData(nameof(Files))]
    public void Households_OnTheDayOrForTheMonth_AreFormedFromTheRelationsInForce(string file)
    {
        // Given
        var scenario = ScenarioFolder.Read<RelationScenario>(_folder, file);
        Assert.False(string.IsNullOrWhiteSpace(scenario.Source), $"{file}: a scenario names its source");
        Assert.NotEmpty(scenario.Expected);

        foreach (var expected in scenario.Expected)
        {
            // When
            var day = expected.Month is { } month ? RelationsOnDay.ReferenceDay(YearMonthPattern.Iso.Parse(month).Value) : Date(expected.Day!);
            if (expected.ReferenceDay is { } reference)
            {
                Assert.Equal(Date(reference), day);
            }

            var persons = scenario.Persons.Select(p => new PersonFacts(
                p.Id,
                Date(p.BirthDate),
                RelationsOnDay.PartnerOn([.. scenario.PartnersOf(p.Id)], day),
                RelationsOnDay.ParentsOn([.. scenario.ParentsOf(p.Id)], day),
                Money.Zero,
                Reception.Municipal)).ToList();
            var formed = HouseholdFormation.TryForm(persons, day, 18, out var households, out var error);

            // Then
            Assert.True(formed, $"{file} on {day}: {error?.Message}");
            Assert.Equal(Normalise(expected.Households), Normalise(households.Select(h => h.Members.Select(m => m.Person.Id).ToList()).ToList()));
        }
    }

    [Fact]
    public void Explain_NamesTheRuleTheDayAndTheRelationsInForce()
    {
        var item = RelationsOnDay.Explain("A", new LocalDate(2026, 11, 1), "B", ["P"]);
        Assert.Equal(HouseholdRuleIds.RelationsOnDay, item.Rule);
        Assert.Equal(RelationsOnDay.Reference, item.Reference);
        Assert.Equal("on 2026-11-01 the relations of A in force: partner B; responsible adults P", item.Text);
        Assert.Equal("on 2026-11-01 no relation of A is in force", RelationsOnDay.Explain("A", new LocalDate(2026, 11, 1), null, []).Text);
    }

    [Fact]
    public void PartnerOn_OverlappingPeriods_TheLatestKnownStartWins()
    {
        var day = new LocalDate(2026, 11, 20);
        ImmutableArray<DatedRelation> partners = [new("B", new(null, null)), new("C", new(new LocalDate(2026, 11, 1), null)), new("D", new(new LocalDate(2026, 10, 1), null))];
        Assert.Equal("C", RelationsOnDay.PartnerOn(partners.AsSpan(), day));
        Assert.Equal("B", RelationsOnDay.PartnerOn(partners.AsSpan(), new LocalDate(2026, 9, 30)));
    }

    [Fact]
    public void ParentsOn_TwoPeriodsOfOneAdult_InForceBeforeAndAfterTheGapNotWithin()
    {
        ImmutableArray<DatedRelation> parents = [new("P", new(null, new LocalDate(2026, 5, 31))), new("M", new(null, null)), new("P", new(new LocalDate(2026, 9, 1), null))];
        Assert.Equal<string>(["M", "P"], RelationsOnDay.ParentsOn(parents.AsSpan(), new LocalDate(2026, 5, 1)));
        Assert.Equal<string>(["M"], RelationsOnDay.ParentsOn(parents.AsSpan(), new LocalDate(2026, 7, 1)));
        Assert.Equal<string>(["M", "P"], RelationsOnDay.ParentsOn(parents.AsSpan(), new LocalDate(2026, 10, 1)));
    }

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;

    private static List<string> Normalise(List<List<string>> households) =>
        [.. households.Select(h => string.Join("+", h.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];

    /// <summary>A scenario file.</summary>
    public sealed class RelationScenario
    {
        public string Name { get; set; } = "";

        public string Source { get; set; } = "";

        public List<ScenarioPerson> Persons { get; set; } = [];

        public List<ScenarioRelation> Relations { get; set; } = [];

        public List<ScenarioExpectation> Expected { get; set; } = [];

        /// <summary>A partnership is recorded once and holds for both.</summary>
        public IEnumerable<DatedRelation> PartnersOf(string id) => Relations
            .Where(r => r.Relation == "partner" && (r.Person == id || r.Related == id))
            .Select(r => new DatedRelation(r.Person == id ? r.Related : r.Person, r.Period));

        public IEnumerable<DatedRelation> ParentsOf(string id) => Relations
            .Where(r => r.Relation == "parent" && r.Person == id)
            .Select(r => new DatedRelation(r.Related, r.Period));
    }

    public sealed class ScenarioPerson
    {
        public string Id { get; set; } = "";

        public string BirthDate { get; set; } = "";
    }

    public sealed class ScenarioRelation
    {
        public string Person { get; set; } = "";

        public string Relation { get; set; } = "";

        public string Related { get; set; } = "";

        public string? From { get; set; }

        public string? To { get; set; }

        public RelationPeriod Period => new(From is null ? null : Date(From), To is null ? null : Date(To));
    }

    public sealed class ScenarioExpectation
    {
        public string? Month { get; set; }

        public string? Day { get; set; }

        public string? ReferenceDay { get; set; }

        public List<List<string>> Households { get; set; } = [];
    }
}
