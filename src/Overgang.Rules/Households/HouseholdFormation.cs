using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Overgang.Rules.Texts;

namespace Overgang.Rules.Households;

/// <summary>Forms households from person relations (RooO art. 1, allowance-parameters.md §1).</summary>
/// <remarks>
/// A household is: partners; their minor children; or an adult responsible for a minor (parent or guardian) with
/// that minor. Grandparents, uncles, aunts and adult children are not members: each forms a household of their own.
/// A minor without a responsible adult is an unaccompanied minor, a household of one, and must then have no other
/// relations. Relations that cannot describe such households are errors naming the person and the field.
/// </remarks>
public static class HouseholdFormation
{
    /// <summary>Forms the households of all persons on a date.</summary>
    /// <param name="persons">The persons, in input order.</param>
    /// <param name="date">The calculation date, on which adulthood is decided.</param>
    /// <param name="ageOfMajority">The age from which a person is an adult (a parameter).</param>
    /// <param name="households">The households, ordered by their first member's input position.</param>
    /// <param name="error">The first inconsistency found, in input order.</param>
    public static bool TryForm(
        IReadOnlyList<PersonFacts> persons,
        LocalDate date,
        int ageOfMajority,
        out ImmutableArray<Household> households,
        [NotNullWhen(false)] out FormationError? error)
    {
        ArgumentNullException.ThrowIfNull(persons);
        households = [];
        var index = new Dictionary<string, int>(persons.Count, StringComparer.Ordinal);
        error = CheckReferences(persons, date, index);
        if (error is not null)
        {
            return false;
        }

        var adult = new bool[persons.Count];
        for (var i = 0; i < persons.Count; i++)
        {
            adult[i] = Period.Between(persons[i].BirthDate, date, PeriodUnits.Years).Years >= ageOfMajority;
        }

        var namedAsParent = new bool[persons.Count];
        foreach (var person in persons)
        {
            foreach (var parent in person.ParentIds)
            {
                namedAsParent[index[parent]] = true;
            }
        }

        // Each person's household key is the input position of the household's first adult (or of the minor alone).
        var key = new int[persons.Count];
        for (var i = 0; i < persons.Count; i++)
        {
            if (adult[i])
            {
                var partner = persons[i].PartnerId is { } p ? index[p] : i;
                key[i] = Math.Min(i, partner);
            }
        }

        for (var i = 0; i < persons.Count; i++)
        {
            if (adult[i])
            {
                continue;
            }

            error = PlaceMinor(persons, i, adult, namedAsParent, index, key);
            if (error is not null)
            {
                return false;
            }
        }

        return TryGroup(persons, date, adult, key, out households, out error);
    }

    private static FormationError? CheckReferences(IReadOnlyList<PersonFacts> persons, LocalDate date, Dictionary<string, int> index)
    {
        for (var i = 0; i < persons.Count; i++)
        {
            var person = persons[i];
            if (!index.TryAdd(person.Id, i))
            {
                return new FormationError(i, person.Id, "id", $"id {person.Id} is used twice (also persons[{index[person.Id]}])");
            }

            if (person.BirthDate > date)
            {
                return new FormationError(i, person.Id, "birthDate", $"{person.Id} is born after the calculation date {date:yyyy-MM-dd}");
            }
        }

        for (var i = 0; i < persons.Count; i++)
        {
            var person = persons[i];
            if (person.PartnerId is { } partnerId)
            {
                if (partnerId == person.Id)
                {
                    return new FormationError(i, person.Id, "partnerId", $"{person.Id} names itself as partner");
                }

                if (!index.TryGetValue(partnerId, out var partner))
                {
                    return new FormationError(i, person.Id, "partnerId", $"partner {partnerId} of {person.Id} is not in the input");
                }

                if (persons[partner].PartnerId != person.Id)
                {
                    return new FormationError(i, person.Id, "partnerId", $"the partner link of {person.Id} to {partnerId} is not mutual ({partnerId} names {persons[partner].PartnerId ?? "no partner"})");
                }
            }

            for (var p = 0; p < person.ParentIds.Length; p++)
            {
                var parentId = person.ParentIds[p];
                if (parentId == person.Id)
                {
                    return new FormationError(i, person.Id, $"parentIds[{p}]", $"{person.Id} names itself as responsible adult");
                }

                if (!index.ContainsKey(parentId))
                {
                    return new FormationError(i, person.Id, $"parentIds[{p}]", $"responsible adult {parentId} of {person.Id} is not in the input");
                }

                if (person.ParentIds.IndexOf(parentId) != p)
                {
                    return new FormationError(i, person.Id, $"parentIds[{p}]", $"{person.Id} names {parentId} twice");
                }
            }
        }

        return null;
    }

    private static FormationError? PlaceMinor(IReadOnlyList<PersonFacts> persons, int i, bool[] adult, bool[] namedAsParent, Dictionary<string, int> index, int[] key)
    {
        var minor = persons[i];
        if (minor.ParentIds.IsEmpty)
        {
            if (minor.PartnerId is { } partner)
            {
                return new FormationError(i, minor.Id, "parentIds", $"minor {minor.Id} has no responsible adult but is not alone: partner {partner}");
            }

            if (namedAsParent[i])
            {
                var child = persons.First(p => p.ParentIds.Contains(minor.Id));
                return new FormationError(i, minor.Id, "parentIds", $"minor {minor.Id} has no responsible adult but is not alone: named as responsible for {child.Id}");
            }

            key[i] = i;
            return null;
        }

        if (minor.PartnerId is { } ownPartner)
        {
            return new FormationError(i, minor.Id, "partnerId", $"minor {minor.Id} is a child in the household of {string.Join(", ", minor.ParentIds)} and cannot also be the partner of {ownPartner}");
        }

        var first = -1;
        for (var p = 0; p < minor.ParentIds.Length; p++)
        {
            var parent = index[minor.ParentIds[p]];
            if (!adult[parent])
            {
                return new FormationError(i, minor.Id, $"parentIds[{p}]", $"responsible person {persons[parent].Id} of {minor.Id} is a minor, not a responsible adult");
            }

            if (first < 0)
            {
                first = parent;
            }
            else if (key[parent] != key[first])
            {
                return new FormationError(i, minor.Id, $"parentIds[{p}]", $"{minor.Id} would be in two households: responsible adults {persons[first].Id} and {persons[parent].Id} are not partners");
            }
        }

        key[i] = key[first];
        return null;
    }

    private static bool TryGroup(IReadOnlyList<PersonFacts> persons, LocalDate date, bool[] adult, int[] key, out ImmutableArray<Household> households, [NotNullWhen(false)] out FormationError? error)
    {
        var groups = new Dictionary<int, List<int>>();
        var order = new List<int>();
        for (var i = 0; i < persons.Count; i++)
        {
            if (!groups.TryGetValue(key[i], out var members))
            {
                members = [];
                groups.Add(key[i], members);
                order.Add(key[i]);
            }

            if (members.Count > 0 && persons[members[0]].Reception != persons[i].Reception)
            {
                error = new FormationError(i, persons[i].Id, "reception", $"{persons[i].Id} is in the household of {persons[members[0]].Id} but has a different reception");
                households = [];
                return false;
            }

            members.Add(i);
        }

        var builder = ImmutableArray.CreateBuilder<Household>(order.Count);
        foreach (var k in order)
        {
            var members = groups[k];
            var formed = members.Select(m => new HouseholdMember(persons[m], adult[m], m)).ToImmutableArray();
            builder.Add(new Household(formed, persons[members[0]].Reception, date));
        }

        households = builder.MoveToImmutable();
        error = null;
        return true;
    }

    internal static TextPhrase Describe(ImmutableArray<HouseholdMember> members)
    {
        if (members.Length == 1)
        {
            var only = members[0];
            var key = !only.IsAdult ? "household.minor-alone" : only.Person.ParentIds.IsEmpty ? "household.adult-alone" : "household.adult-child-alone";
            return TextPhrase.Of(key, Arg.Person("person", only.Person.Id));
        }

        var adults = members.Where(m => m.IsAdult).ToList();
        var children = Arg.List("children", "", members.Where(m => !m.IsAdult).Select(minor => TextPhrase.Of(
            "household.child",
            Arg.Person("child", minor.Person.Id),
            Arg.List("parents", "and", minor.Person.ParentIds.Select(p => TextPhrase.Of("person", Arg.Person("person", p)))))));
        return adults.Count == 2
            ? TextPhrase.Of("household.partners", Arg.Person("first", adults[0].Person.Id), Arg.Person("second", adults[1].Person.Id), children)
            : TextPhrase.Of("household.responsible", Arg.Person("person", adults[0].Person.Id), children);
    }
}
