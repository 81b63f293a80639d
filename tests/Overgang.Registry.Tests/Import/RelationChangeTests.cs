using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Facts.Validation;
using Overgang.Registry.Import;
using Overgang.Registry.Model;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Import;

/// <summary>The one validation of a relation (<see cref="RelationChange"/>), shared by <c>relations.csv</c>, the API and the edit page.</summary>
public sealed class RelationChangeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void The_relations_import_reports_the_shared_rules_messages(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Relations);
        Dictionary<string, Person> persons;
        using (var context = database.Open())
        {
            persons = context.Persons.AsNoTracking().ToDictionary(p => p.Id, StringComparer.Ordinal);
        }

        // When
        var result = ImportFiles.Import(database, ImportKind.Relations, "relations-edit-bad.csv");

        // Then: partners in two households, an unknown person, a person related to themselves; line 5 is valid
        var reasons = result.Rejections.ToDictionary(r => r.Line, r => (r.Field, r.Reason));
        Assert.Equal(3, reasons.Count);
        Assert.Equal(Single(RelationChange.Check("P0000001", "P0000004", persons["P0000001"], persons["P0000004"])), reasons[2]);
        Assert.Equal("other-household", Assert.Single(RelationChange.Check("P0000001", "P0000004", persons["P0000001"], persons["P0000004"])).Code);
        Assert.Equal(Single(RelationChange.Check("P0000009", "P0000005", null, persons["P0000005"])), reasons[3]);
        Assert.Equal(Single(RelationChange.Check("P0000003", "P0000003", persons["P0000003"], persons["P0000003"])), reasons[4]);
        Assert.Equal(1, result.Counts.Inserted);
    }

    [Fact]
    public void A_new_partner_by_hand_needs_both_free_and_an_end_names_the_relation()
    {
        var a = Person("A", "H1", partner: "B");
        var b = Person("B", "H1", partner: "A");
        var c = Person("C", "H1", partner: null);

        Assert.Empty(RelationChange.Check("A", "C", a, c));
        Assert.Equal(["has-partner"], RelationChange.NewPartner(a, c).Select(e => e.Code));
        Assert.Equal(["partner-has-partner"], RelationChange.NewPartner(c, b).Select(e => e.Code));
        Assert.Empty(RelationChange.NewPartner(a, b));
        Assert.Equal("relatedId", RelationChange.NotRelated("partner", "A", "C").Field);
    }

    [Fact]
    public void A_responsible_adult_again_after_the_end_is_a_new_period_that_may_not_overlap_the_pairs_others()
    {
        var ended = new PersonParent { PersonId = "K", ParentId = "P", Until = new NodaTime.LocalDate(2026, 5, 31) };
        var later = new PersonParent { PersonId = "K", ParentId = "P", Period = 1, Since = new NodaTime.LocalDate(2026, 9, 1), Until = new NodaTime.LocalDate(2026, 12, 31) };

        // from the day after the end: allowed, as the pair's next period
        Assert.Null(RelationChange.ParentPeriod([ended], new NodaTime.LocalDate(2026, 6, 1), null));
        Assert.Equal(1, RelationChange.NextPeriod([ended]));
        Assert.Equal(2, RelationChange.NextPeriod([later, ended]));
        Assert.Equal(0, RelationChange.NextPeriod([]));
        Assert.Null(RelationChange.ParentPeriod([ended, later], new NodaTime.LocalDate(2026, 6, 1), new NodaTime.LocalDate(2026, 8, 31)));

        // on the last day, or with an unknown start: refused, naming from
        Assert.Equal(
            new FactError("from", "overlaps-period", "2026-05-31 is not after 2026-05-31, the last day of P's period as responsible adult of K"),
            RelationChange.ParentPeriod([ended], new NodaTime.LocalDate(2026, 5, 31), null));
        Assert.Equal(
            new FactError("from", "overlaps-period", "P's period as responsible adult of K ended on 2026-05-31: give the first day of this one (after that day)"),
            RelationChange.ParentPeriod([ended], null, null));

        // reaching into a later period: refused, naming to
        Assert.Equal(
            new FactError("to", "overlaps-period", "2026-09-01 is not before 2026-09-01, the first day of P's period as responsible adult of K"),
            RelationChange.ParentPeriod([ended, later], new NodaTime.LocalDate(2026, 6, 1), new NodaTime.LocalDate(2026, 9, 1)));

        // beside a current period: end it first
        var current = new PersonParent { PersonId = "K", ParentId = "P", Period = 2, Since = new NodaTime.LocalDate(2027, 2, 1) };
        Assert.Equal("from", RelationChange.ParentPeriod([current], new NodaTime.LocalDate(2027, 3, 1), null)?.Field);
        Assert.Equal("ended-before", RelationChange.EndedBefore(ended).Code);
    }

    private static Person Person(string id, string household, string? partner) => new()
    {
        Id = id, FamilyName = "F", GivenName = "G", BirthDate = new NodaTime.LocalDate(1980, 1, 1), Sex = "F", Nationality = "UA",
        UkrainianResidence = "citizen", MunicipalityCode = "GM0363", HouseholdId = household, PartnerId = partner, AsylumApplication = "none", PublicOrderCheck = "pending",
    };

    private static (string Field, string Reason) Single(IEnumerable<FactError> errors)
    {
        var error = Assert.Single(errors);
        return (error.Field, error.Message);
    }
}
