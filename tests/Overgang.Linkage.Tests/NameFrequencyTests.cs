using Overgang.Linkage.Comparison;
using Overgang.Linkage.Encoding;
using Overgang.Linkage.Records;
using Overgang.Linkage.Scoring;
using Overgang.Linkage.Synthetic;
using Xunit.Abstractions;

namespace Overgang.Linkage.Tests;

public sealed class NameFrequencyTests(ITestOutputHelper output)
{
    [Fact]
    public void SyntheticNames_ManyFamilyNamesWithASkew_InCyrillic()
    {
        // Given: 100,000 family names drawn from the lists
        var random = new Random(5);
        var names = SyntheticNames.Default;
        var drawn = Enumerable.Range(0, 100_000).Select(n => names.Family(n % 2 == 0 ? "F" : "M", random)).ToList();
        var counts = drawn.GroupBy(n => n, StringComparer.Ordinal).Select(g => g.Count()).OrderDescending().ToList();

        // Then: thousands of names, the most frequent a fraction of a percent, a long tail of rare ones
        Assert.True(names.FamilyNames > 4_000, $"{names.FamilyNames} family names");
        Assert.True(counts.Count > 3_000, $"{counts.Count} distinct names drawn");
        Assert.InRange(counts[0] / 100_000.0, 0.002, 0.008);
        Assert.True(counts.Count(c => c <= 5) > 500, "no long tail");
        Assert.All(drawn.Take(100), n => Assert.Matches("^[А-ЯІЇЄҐ][а-яіїєґ'ь]+$", n));
        Assert.True(names.GivenNames.Men >= 60 && names.GivenNames.Women >= 60);
    }

    [Fact]
    public void Link_FullAgreementOnARareName_WeighsMoreThanOnACommonOne()
    {
        // Given: 400 registry persons of whom 200 are called Melnyk; two pairs that agree fully, one on Melnyk, one on a
        // name borne once
        var registry = new List<LinkRecord>();
        for (var n = 0; n < 400; n++)
        {
            registry.Add(new LinkRecord("P" + n, n < 200 ? "Melnyk" : "Family" + (char)('a' + (n % 26)) + (char)('a' + (n / 26 % 26)), "Ivan",
                LinkDate.Parse($"{1950 + (n % 50)}-{1 + (n % 12):D2}-{1 + (n % 28):D2}"), "M", "UA", null));
        }

        registry.Add(new LinkRecord("P-rare", "Zghurskyi", "Ivan", LinkDate.Parse("1970-05-05"), "M", "UA", null));
        List<LinkRecord> other =
        [
            registry[0] with { Id = "DE-common" },
            registry[^1] with { Id = "DE-rare" },
        ];
        // (every compared pair kept, whatever its probability)
        var parameters = LinkageParameters.Default with { ReviewProbability = 1e-12 };
        var left = registry.Select(PreparedRecord.From).ToList();
        var right = other.Select(PreparedRecord.From).ToList();

        // When
        var result = Linker.Link(left, right, new ClearComparer(parameters), parameters, self: false, seed: 3);

        // Then
        var common = result.Pairs.Single(p => p.Right == 0 && p.Left == 0);
        var rare = result.Pairs.Single(p => p.Right == 1 && p.Left == registry.Count - 1);
        output.WriteLine($"common {common.Weight:F2} ({common.FamilyAdjustment:F2}), rare {rare.Weight:F2} ({rare.FamilyAdjustment:F2})");
        Assert.Equal(common.Pattern, rare.Pattern);
        Assert.True(rare.Weight > common.Weight + 5, $"rare {rare.Weight:F2}, common {common.Weight:F2}");
        Assert.True(common.FamilyAdjustment < 0 && rare.FamilyAdjustment > 0);
        var evidence = result.Evidence(rare).Single(e => e.Field == LinkField.FamilyName);
        Assert.Equal(result.Model.Weight(LinkField.FamilyName, 3) + rare.FamilyAdjustment, evidence.Weight, 6);
    }

    [Fact]
    public void Link_SyntheticPopulation_TheMatchBandIsNotEmptyAndPrecise()
    {
        // Given: 5,000 persons with realistic names and another member state's 5,000 registrations, 500 of them the
        // registry's persons written differently
        const int Persons = 5_000;
        var sample = Enumerable.Range(0, 500).Select(n => new Demography(new NodaTime.LocalDate(1940 + (n % 80), 1, 1), n % 3 == 0 ? "M" : "F", n % 25 == 0 ? "RU" : "UA")).ToList();
        var registry = SyntheticPopulation.Generate(Persons, 2027, sample, SyntheticNames.Default, "P");
        var others = SyntheticPopulation.Generate(Persons, 2028, sample, SyntheticNames.Default, "Q");
        var foreign = ForeignFile.Make(registry, others, Persons, 0.10, CorruptionRates.Default, 2027);
        var left = registry.Select(s => new LinkRecord(s.Id, s.FamilyName, s.GivenName, LinkDate.From(s.BirthDate), s.Sex, s.Nationality, null)).ToList();
        var leftIds = left.Select(r => r.Id).ToList();
        var rightIds = foreign.Records.Select(r => r.Id).ToList();
        var parameters = LinkageParameters.Default;
        var encoder = new BloomEncoder(LinkageKey.FromBytes(System.Text.Encoding.UTF8.GetBytes("a test key of at least 16 bytes")), EncodingScheme.V1);

        // When
        var clear = Linker.Link(left.Select(PreparedRecord.From).ToList(), foreign.Records.Select(PreparedRecord.From).ToList(), new ClearComparer(parameters), parameters, self: false, seed: 1);
        var encoded = Linker.Link(left.Select(encoder.Encode).ToList(), foreign.Records.Select(encoder.Encode).ToList(), new EncodedComparer(EncodingScheme.V1), parameters, self: false, seed: 1);

        // Then: the match band holds most of the true pairs, almost without a stranger
        foreach (var (mode, result) in new[] { ("clear", clear), ("encoded", encoded) })
        {
            var match = LinkageQuality.Measure(result, leftIds, rightIds, foreign.Truth, LinkBand.Match);
            var both = LinkageQuality.Measure(result, leftIds, rightIds, foreign.Truth, LinkBand.Match, LinkBand.Review);
            output.WriteLine($"{mode}: match band {result.Count(LinkBand.Match)} precision {match.Precision:P2} recall {match.Recall:P2}; match+review precision {both.Precision:P2} recall {both.Recall:P2}");
            Assert.True(match.Recall >= 0.70, $"{mode}: match-band recall {match.Recall:P2}");
            Assert.True(match.Precision >= 0.98, $"{mode}: match-band precision {match.Precision:P2}");
            Assert.True(both.Recall >= 0.80, $"{mode}: recall {both.Recall:P2}");
        }
    }
}
