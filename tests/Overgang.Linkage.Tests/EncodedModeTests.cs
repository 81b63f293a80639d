using Overgang.Linkage.Comparison;
using Overgang.Linkage.Encoding;
using Overgang.Linkage.Scoring;
using Overgang.Linkage.Synthetic;
using Overgang.Registry.Linkage;
using Overgang.Registry.Population;
using Xunit.Abstractions;

namespace Overgang.Linkage.Tests;

public sealed class EncodedModeTests(ITestOutputHelper output)
{
    private const int Persons = 5_000;

    [Fact]
    public void Link_SyntheticForeignFile_EncodedFindsWhatClearFindsWithinTheMeasuredLoss()
    {
        // Given: a registry of 5,000 generated persons and another member state's 5,000 registrations, 500 of them the
        // registry's persons written differently (transliteration, typos, swapped dates, missing fields)
        var population = PopulationGenerator.Generate(2 * Persons, 2027).Persons;
        var registry = population.Take(Persons).ToList();
        var foreign = ForeignFile.Make([.. registry.Select(PersonRecords.ToSource)], [.. population.Skip(Persons).Select(PersonRecords.ToSource)], Persons, 0.10, CorruptionRates.Default, 2027);
        var left = registry.Select(PersonRecords.ToRecord).ToList();
        var leftIds = left.Select(r => r.Id).ToList();
        var rightIds = foreign.Records.Select(r => r.Id).ToList();
        var parameters = LinkageParameters.Default;
        var encoder = new BloomEncoder(LinkageKey.FromBytes(System.Text.Encoding.UTF8.GetBytes("a test key of at least 16 bytes")), EncodingScheme.V1);

        // When
        var clear = Linker.Link(left.Select(PreparedRecord.From).ToList(), foreign.Records.Select(PreparedRecord.From).ToList(), new ClearComparer(parameters), parameters, self: false, seed: 1);
        var encoded = Linker.Link(left.Select(encoder.Encode).ToList(), foreign.Records.Select(encoder.Encode).ToList(), new EncodedComparer(EncodingScheme.V1), parameters, self: false, seed: 1);

        // Then
        var clearQuality = LinkageQuality.Measure(clear, leftIds, rightIds, foreign.Truth, LinkBand.Match, LinkBand.Review);
        var encodedQuality = LinkageQuality.Measure(encoded, leftIds, rightIds, foreign.Truth, LinkBand.Match, LinkBand.Review);
        output.WriteLine($"clear: precision {clearQuality.Precision:P2} recall {clearQuality.Recall:P2}; encoded: precision {encodedQuality.Precision:P2} recall {encodedQuality.Recall:P2}; pairs {clear.Comparisons}");
        Assert.Equal(500, foreign.Truth.Count);
        Assert.True(clearQuality.Recall >= 0.85, $"clear recall {clearQuality.Recall:P2}");
        Assert.True(clearQuality.Precision >= 0.80, $"clear precision {clearQuality.Precision:P2}");
        Assert.True(encodedQuality.Recall >= clearQuality.Recall - 0.05, $"encoded recall {encodedQuality.Recall:P2} against clear {clearQuality.Recall:P2}");
        Assert.True(encodedQuality.Precision >= 0.80, $"encoded precision {encodedQuality.Precision:P2}");
        Assert.True(clear.Comparisons < 10L * Persons, $"{clear.Comparisons} pairs compared: blocking is not near-linear");
    }

    [Fact]
    public void Encode_NoNameInTheClear_AndTheSameKeyGivesTheSameEncoding()
    {
        var record = new Records.LinkRecord("P1", "Shevchenko", "Oleksandr", Records.LinkDate.Parse("1985-03-07"), "M", "UA", null);
        var key = LinkageKey.FromBytes(System.Text.Encoding.UTF8.GetBytes("a test key of at least 16 bytes"));
        var other = LinkageKey.FromBytes(System.Text.Encoding.UTF8.GetBytes("another key, also 16 bytes long"));
        var first = new BloomEncoder(key, EncodingScheme.V1).Encode(record);
        var again = new BloomEncoder(key, EncodingScheme.V1).Encode(record);
        var otherKey = new BloomEncoder(other, EncodingScheme.V1).Encode(record);
        Assert.True(first.Family.SequenceEqual(again.Family));
        Assert.True(first.Blocks.SequenceEqual(again.Blocks));
        Assert.False(first.Family.SequenceEqual(otherKey.Family));
        Assert.False(first.Blocks.SequenceEqual(otherKey.Blocks));

        using var writer = new StringWriter();
        Files.LinkageFile.WriteEncoded(writer, EncodingScheme.V1, [(first, "NL", null)]);
        Assert.DoesNotContain("Shevchenko", writer.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("1985", writer.ToString(), StringComparison.Ordinal);
        var problems = new List<string>();
        var read = Assert.Single(Files.LinkageFile.Read(new StringReader(writer.ToString()), EncodingScheme.V1, problems));
        Assert.Empty(problems);
        Assert.True(first.Family.SequenceEqual(read.Encoded!.Family));
        Assert.True(first.Blocks.SequenceEqual(read.Encoded.Blocks));
    }
}
