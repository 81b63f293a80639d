using System.Collections.Immutable;
using CsCheck;
using NodaTime;
using Overgang.Rules.Households;

namespace Overgang.Rules.Tests.Households;

public sealed class HouseholdFormationTests
{
    private static readonly LocalDate _date = new(2025, 11, 1);

    private static PersonFacts Person(string id, int bornYear, string? partner = null, params string[] parents) =>
        new(id, new LocalDate(bornYear, 6, 1), partner, [.. parents], Money.Zero, Reception.Municipal);

    private static ImmutableArray<Household> Form(params PersonFacts[] persons)
    {
        Assert.True(HouseholdFormation.TryForm(persons, _date, 18, out var households, out var error), error?.Message);
        return households;
    }

    private static FormationError Refuse(params PersonFacts[] persons)
    {
        Assert.False(HouseholdFormation.TryForm(persons, _date, 18, out _, out var error));
        return error;
    }

    [Fact]
    public void TryForm_PartnersWithChildrenAndGrandparent_GrandparentIsSeparate()
    {
        // Given / When
        var households = Form(Person("p1", 1988, "p2"), Person("p2", 1990, "p1"), Person("c1", 2015, null, "p1", "p2"), Person("g1", 1955, null, "p1"));

        // Then
        Assert.Equal(2, households.Length);
        Assert.Equal(["p1", "p2", "c1"], households[0].Members.Select(m => m.Person.Id));
        Assert.Equal(["g1"], households[1].Members.Select(m => m.Person.Id));
        Assert.Contains("adult child", households[1].Composition, StringComparison.Ordinal);
    }

    [Fact]
    public void TryForm_GuardianWithNieces_FormsOneHousehold()
    {
        var households = Form(Person("u1", 1975), Person("n1", 2012, null, "u1"), Person("n2", 2014, null, "u1"));
        Assert.Equal(3, Assert.Single(households).Size);
    }

    [Fact]
    public void TryForm_UnaccompaniedMinor_IsAHouseholdOfOne()
    {
        var household = Assert.Single(Form(Person("m1", 2010)));
        Assert.Equal(0, household.Adults);
        Assert.Contains("unaccompanied minor", household.Composition, StringComparison.Ordinal);
    }

    [Fact]
    public void TryForm_PartnerLinkNotMutual_NamesThePerson()
    {
        var error = Refuse(Person("p1", 1985, "p2"), Person("p2", 1985, "p3"), Person("p3", 1985, "p2"));
        Assert.Equal("persons[0].partnerId", error.Path);
        Assert.Contains("p1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryForm_PartnerNotInInput_NamesThePerson()
    {
        Assert.Equal("persons[0].partnerId", Refuse(Person("p1", 1985, "p9")).Path);
    }

    [Fact]
    public void TryForm_ChildOfTwoAdultsWhoAreNotPartners_IsInTwoHouseholds()
    {
        var error = Refuse(Person("p1", 1985), Person("p2", 1986), Person("c1", 2015, null, "p1", "p2"));
        Assert.Equal("persons[2].parentIds[1]", error.Path);
        Assert.Contains("two households", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryForm_MinorWithPartnerAndNoResponsibleAdult_IsNotAlone()
    {
        var error = Refuse(Person("m1", 2009, "p1"), Person("p1", 2000, "m1"));
        Assert.Equal("persons[0].parentIds", error.Path);
        Assert.Contains("not alone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryForm_MinorWithParentsAndAPartner_IsRefused()
    {
        var error = Refuse(Person("p1", 1980), Person("m1", 2009, "q1", "p1"), Person("q1", 2000, "m1"));
        Assert.Equal("persons[1].partnerId", error.Path);
    }

    [Fact]
    public void TryForm_BornAfterTheDate_IsRefused()
    {
        Assert.Equal("persons[0].birthDate", Refuse(Person("p1", 2026)).Path);
    }

    [Fact]
    public void TryForm_NamesItselfAsParent_IsRefused()
    {
        Assert.Equal("persons[0].parentIds[0]", Refuse(Person("c1", 2015, null, "c1")).Path);
    }

    [Fact]
    public void TryForm_BornOn29February_IsAdultOn28FebruaryOfTheEighteenthYear()
    {
        // NodaTime adds 18 years to 2008-02-29 as 2026-02-28: Period.Between counts 18 whole years then.
        var person = new PersonFacts("p", new LocalDate(2008, 2, 29), null, [], Money.Zero, Reception.Municipal);
        Assert.True(HouseholdFormation.TryForm([person], new LocalDate(2026, 2, 28), 18, out var onBirthday, out _));
        Assert.True(HouseholdFormation.TryForm([person], new LocalDate(2026, 2, 27), 18, out var dayBefore, out _));
        Assert.Equal(1, onBirthday[0].Adults);
        Assert.Equal(0, dayBefore[0].Adults);
    }

    [Fact]
    public void TryForm_AnyDate_AdultExactlyFromTheEighteenthBirthday()
    {
        Gen.Select(Gen.Int[0, 365 * 40], Gen.Int[0, 365 * 3]).Sample(t =>
        {
            var birth = new LocalDate(1990, 1, 1).PlusDays(t.Item1);
            var date = birth.PlusYears(18).PlusDays(t.Item2 - 365);
            if (date < birth)
            {
                return;
            }

            var person = new PersonFacts("p", birth, null, [], Money.Zero, Reception.Municipal);
            Assert.True(HouseholdFormation.TryForm([person], date, 18, out var households, out _));
            Assert.Equal(date >= birth.PlusYears(18), households[0].Adults == 1);
        });
    }

    [Fact]
    public void TryForm_RandomFamilies_EveryPersonIsInExactlyOneHousehold()
    {
        Gen.Int[1, 40].SelectMany(families => Gen.Select(Gen.Int[0, 2], Gen.Int[0, 5]).Array[families]).Sample(families =>
        {
            var persons = new List<PersonFacts>();
            for (var f = 0; f < families.Length; f++)
            {
                var (adults, minors) = families[f];
                if (adults + minors == 0)
                {
                    continue;
                }

                var ids = Enumerable.Range(0, adults).Select(a => $"f{f}a{a}").ToArray();
                for (var a = 0; a < adults; a++)
                {
                    persons.Add(Person(ids[a], 1980 + a, adults == 2 ? ids[1 - a] : null));
                }

                for (var m = 0; m < (adults == 0 ? Math.Min(minors, 1) : minors); m++)
                {
                    persons.Add(Person($"f{f}m{m}", 2012 + m, null, ids));
                }
            }

            if (persons.Count == 0)
            {
                return;
            }

            Assert.True(HouseholdFormation.TryForm(persons, _date, 18, out var households, out var error), error?.Message);
            var placed = households.SelectMany(h => h.Members.Select(m => m.Person.Id)).ToList();
            Assert.Equal(persons.Count, placed.Count);
            Assert.Equal(persons.Select(p => p.Id).Order(StringComparer.Ordinal), placed.Order(StringComparer.Ordinal));
            Assert.All(households, h => Assert.InRange(h.Adults, 0, 2));
        });
    }
}
