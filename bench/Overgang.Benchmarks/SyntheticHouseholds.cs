using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Overgang.Rules;
using Overgang.Rules.Households;

namespace Overgang.Benchmarks;

/// <summary>A deterministic mix of households for the allowance benchmarks (the calibrated population is in Overgang.Registry).</summary>
/// <remarks>
/// Shares follow the policy notes: about three quarters in municipal reception (some with meals), a quarter in
/// private reception or an own home; mostly women and children; about 61% of working-age adults working
/// (figures-nl.csv, policy-rules.md §5). The calibrated registry population comes with the registry (issue 4).
/// </remarks>
public static class SyntheticHouseholds
{
    /// <summary>Generates persons forming about <paramref name="households"/> households as of <paramref name="date"/>.</summary>
    public static ImmutableArray<PersonFacts> Persons(int households, int seed, LocalDate date)
    {
        var random = new Random(seed);
        var persons = ImmutableArray.CreateBuilder<PersonFacts>(households * 2);
        for (var h = 0; h < households; h++)
        {
            var reception = PickReception(random);
            var kind = random.Next(100);
            var prefix = "h" + h.ToString(CultureInfo.InvariantCulture);
            var adults = kind switch
            {
                < 34 => 1,       // adult alone
                < 44 => 2,       // couple without children
                < 74 => 1,       // single parent with children
                < 99 => 2,       // couple with children
                _ => 0,          // unaccompanied minor
            };
            var children = kind switch
            {
                < 44 => 0,
                < 74 => 1 + random.Next(3),
                < 99 => 1 + random.Next(4),
                _ => 1,
            };
            var adultIds = new List<string>(2);
            for (var a = 0; a < adults; a++)
            {
                var id = $"{prefix}a{a}";
                adultIds.Add(id);
                var partner = adults == 2 ? $"{prefix}a{1 - a}" : null;
                var birth = date.PlusYears(-(19 + random.Next(50))).PlusDays(-random.Next(365));
                var works = random.Next(100) < 61;
                var income = works ? Money.FromEuros(400 + random.Next(2400)) : Money.Zero;
                persons.Add(new PersonFacts(id, birth, partner, [], income, reception));
            }

            for (var c = 0; c < children; c++)
            {
                var birth = date.PlusYears(-random.Next(17)).PlusDays(-random.Next(1, 365));
                persons.Add(new PersonFacts($"{prefix}c{c}", birth, null, [.. adultIds], Money.Zero, reception));
            }
        }

        return persons.ToImmutable();
    }

    private static Reception PickReception(Random random) => random.Next(100) switch
    {
        < 62 => Reception.Municipal,
        < 75 => Reception.MunicipalCatering,
        < 95 => Reception.Private,
        _ => Reception.OwnHome,
    };
}
