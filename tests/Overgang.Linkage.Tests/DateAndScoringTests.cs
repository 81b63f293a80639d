using System.Collections.Immutable;
using Overgang.Linkage.Comparison;
using Overgang.Linkage.Records;
using Overgang.Linkage.Scoring;

namespace Overgang.Linkage.Tests;

public sealed class DateAndScoringTests
{
    [Theory]
    [InlineData("1985-03-07", "1985-03-07", 4)]
    [InlineData("1985-03-07", "1985-07-03", 3)]
    [InlineData("1985-03-07", "1985-03-08", 2)]
    [InlineData("1985-03-07", "1986-03-07", 2)]
    [InlineData("1985-03-07", "1985-11-21", 1)]
    [InlineData("1985-03-07", "1985", 1)]
    [InlineData("1985-03-07", "1992-11-21", 0)]
    public void Date_TypicalErrors_HaveTheirLevel(string a, string b, int level)
    {
        Assert.Equal(level, ClearComparer.Date(LinkDate.Parse(a), LinkDate.Parse(b)));
    }

    [Fact]
    public void Link_SwappedDayAndMonth_IsFoundAmongNamesakes()
    {
        // Given: three namesakes in the registry, one of them born on 7 March 1985; the other file has her born on 3 July
        var registry = new[]
        {
            new LinkRecord("P1", "Bondarenko", "Oksana", LinkDate.Parse("1985-03-07"), "F", "UA", null),
            new LinkRecord("P2", "Bondarenko", "Oksana", LinkDate.Parse("1979-11-21"), "F", "UA", null),
            new LinkRecord("P3", "Bondarenko", "Oksana", LinkDate.Parse("1990-05-30"), "F", "UA", null),
        }.Concat(Strangers(400)).Select(PreparedRecord.From).ToList();
        var other = new[] { new LinkRecord("DE-1", "Bondarenko", "Oksana", LinkDate.Parse("1985-07-03"), "F", "UA", null) }
            .Concat(Strangers(300).Select(s => s with { Id = "DE-" + s.Id })).Select(PreparedRecord.From).ToList();

        // When
        var result = Linker.Link(registry, other, new ClearComparer(LinkageParameters.Default), LinkageParameters.Default, self: false, seed: 7);

        // Then: only P1, with the swap as evidence
        var found = result.Pairs.Where(p => other[p.Right].Source.Id == "DE-1").ToList();
        var pair = Assert.Single(found);
        Assert.Equal("P1", registry[pair.Left].Source.Id);
        Assert.Equal("day and month swapped", result.Evidence(pair).Single(e => e.Field == LinkField.BirthDate).Label);
        Assert.Equal(FieldOutcome.Partial, result.Evidence(pair).Single(e => e.Field == LinkField.BirthDate).Outcome);
    }

    [Fact]
    public void Estimate_SeededMixture_ConvergesToTheTrueM()
    {
        // Given: 2,000 matches and 98,000 non-matches drawn from known m and u (family, given and sex only)
        var random = new Random(17);
        // (the given name has five levels: its level 2 is an equivalent form in another language)
        double[][] m = [[0.05, 0.05, 0.2, 0.7], [0.05, 0.05, 0.02, 0.28, 0.6], [0.1, 0.1, 0.1, 0.1, 0.6], [0.05, 0.95], [0.1, 0.9], [0.5, 0.5]];
        double[][] u = [[0.95, 0.02, 0.02, 0.01], [0.94, 0.03, 0.005, 0.015, 0.01], [0.9, 0.08, 0.01, 0.005, 0.005], [0.5, 0.5], [0.1, 0.9], [0.5, 0.5]];
        var counts = new Dictionary<string, (sbyte[] Levels, long Pairs)>();
        for (var n = 0; n < 100_000; n++)
        {
            var source = n < 2_000 ? m : u;
            var levels = new sbyte[FieldLevels.Count];
            for (var f = 0; f < FieldLevels.Count; f++)
            {
                levels[f] = f == (int)LinkField.DocumentNumber ? FieldLevels.Missing : Draw(random, source[f]);
            }

            var key = string.Join(',', levels);
            counts[key] = (levels, counts.TryGetValue(key, out var c) ? c.Pairs + 1 : 1);
        }

        var uKnown = u.Select(f => f.ToImmutableArray()).ToImmutableArray();

        // When
        var model = ExpectationMaximisation.Estimate([.. counts.Values], uKnown, null, LinkageParameters.Default, null);

        // Then
        Assert.True(model.Converged, $"EM did not converge in {model.Iterations} iterations");
        Assert.InRange(model.Lambda, 0.015, 0.025);
        Assert.InRange(model.M[(int)LinkField.FamilyName][3], 0.65, 0.75);
        Assert.InRange(model.M[(int)LinkField.GivenName][3], 0.23, 0.33);
        Assert.InRange(model.M[(int)LinkField.BirthDate][4], 0.55, 0.65);
    }

    private static sbyte Draw(Random random, double[] probabilities)
    {
        var roll = random.NextDouble();
        for (var l = 0; l < probabilities.Length; l++)
        {
            roll -= probabilities[l];
            if (roll < 0)
            {
                return (sbyte)l;
            }
        }

        return (sbyte)(probabilities.Length - 1);
    }

    private static IEnumerable<LinkRecord> Strangers(int count)
    {
        string[] families = ["Melnyk", "Tkachenko", "Kravchuk", "Lysenko", "Moroz", "Petrenko", "Klymenko", "Rudenko"];
        string[] givens = ["Iryna", "Olena", "Tetiana", "Mariia", "Yuliia", "Halyna", "Nadiia", "Inna"];
        var random = new Random(count);
        for (var i = 0; i < count; i++)
        {
            yield return new LinkRecord("S" + i, families[random.Next(families.Length)], givens[random.Next(givens.Length)],
                new LinkDate(1950 + random.Next(60), 1 + random.Next(12), 1 + random.Next(28)), "F", "UA", null);
        }
    }
}
