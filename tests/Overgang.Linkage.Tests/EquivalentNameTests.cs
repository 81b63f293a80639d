using Overgang.Linkage.Comparison;
using Overgang.Linkage.Encoding;
using Overgang.Linkage.Names;
using Overgang.Linkage.Records;
using Overgang.Linkage.Scoring;

namespace Overgang.Linkage.Tests;

public sealed class EquivalentNameTests
{
    private static readonly LinkageKey _key = LinkageKey.FromBytes(System.Text.Encoding.UTF8.GetBytes("a test key of at least 16 bytes"));

    public static TheoryData<string, string> Equivalents => new()
    {
        { "Mykola", "Nikolai" }, { "Mykola", "Nikolay" }, { "Mykola", "Mikołaj" }, { "Микола", "Николай" },
        { "Oleksandr", "Alexander" }, { "Oleksandr", "Aleksandr" }, { "Serhiy", "Sergei" }, { "Serhii", "Сергей" },
        { "Dmytro", "Dmitri" }, { "Yuriy", "Yuri" }, { "Yurii", "Jurij" }, { "Oleh", "Oleg" }, { "Volodymyr", "Vladimir" },
        { "Volodymyr", "Włodzimierz" }, { "Olena", "Elena" }, { "Olena", "Jelena" }, { "Olena", "Helena" },
        { "Tetiana", "Tatiana" }, { "Tetiana", "Tatjana" }, { "Hanna", "Anna" }, { "Iryna", "Irina" },
        { "Nataliia", "Natalia" }, { "Mykhailo", "Michał" }, { "Petro", "Piotr" }, { "Kateryna", "Katarzyna" },
    };

    [Theory]
    [MemberData(nameof(Equivalents))]
    public void ClassOf_EquivalentForms_ShareTheClass(string a, string b)
    {
        var x = GivenNameEquivalents.Table.ClassOf(NameKey.Normalise(a));
        Assert.NotNull(x);
        Assert.Equal(x, GivenNameEquivalents.Table.ClassOf(NameKey.Normalise(b)));
    }

    [Theory]
    [InlineData("Mykola", "Nikolai")]
    [InlineData("Olena", "Helena")]
    [InlineData("Volodymyr", "Włodzimierz")]
    [InlineData("Hanna", "Anna")]
    [InlineData("Mykhailo", "Michał")]
    public void GivenName_EquivalentFormsWithOtherSpelling_AreTheEquivalentLevel_InClearAndEncoded(string a, string b)
    {
        // Given: two records that differ only in the language of the given name's form
        var (x, y) = (Record("A", a), Record("B", b));
        var clear = new ClearComparer(LinkageParameters.Default);
        var encoder = new BloomEncoder(_key, EncodingScheme.V1);
        Span<sbyte> levels = stackalloc sbyte[FieldLevels.Count];

        // When / Then: clear mode
        clear.Compare(PreparedRecord.From(x), PreparedRecord.From(y), levels);
        Assert.Equal(2, levels[(int)LinkField.GivenName]);
        Assert.Equal("equivalent name in another language", FieldLevels.Label(LinkField.GivenName, 2, encoded: false));

        // and encoded mode, on keyed hashes of the class only
        new EncodedComparer(EncodingScheme.V1).Compare(encoder.Encode(x), encoder.Encode(y), levels);
        Assert.Equal(2, levels[(int)LinkField.GivenName]);
    }

    [Theory]
    [InlineData("Mykola", "Mykhailo")]
    [InlineData("Olena", "Olha")]
    [InlineData("Ivan", "Iryna")]
    public void GivenName_DifferentNames_StayBelowTheEquivalentLevel(string a, string b)
    {
        var clear = new ClearComparer(LinkageParameters.Default);
        Span<sbyte> levels = stackalloc sbyte[FieldLevels.Count];
        clear.Compare(PreparedRecord.From(Record("A", a)), PreparedRecord.From(Record("B", b)), levels);
        Assert.True(levels[(int)LinkField.GivenName] < 2, $"level {levels[(int)LinkField.GivenName]}");
    }

    [Fact]
    public void GivenName_TransliterationsStayAboveTheEquivalentLevel()
    {
        var clear = new ClearComparer(LinkageParameters.Default);
        Span<sbyte> levels = stackalloc sbyte[FieldLevels.Count];
        clear.Compare(PreparedRecord.From(Record("A", "Oleksandr")), PreparedRecord.From(Record("B", "Oleksandr")), levels);
        Assert.Equal(4, levels[(int)LinkField.GivenName]);
        clear.Compare(PreparedRecord.From(Record("A", "Oleksandr")), PreparedRecord.From(Record("B", "Olexandr")), levels);
        Assert.Equal(3, levels[(int)LinkField.GivenName]);
    }

    [Fact]
    public void Encode_TheClassIsAKeyedHash_NotTheName()
    {
        var other = LinkageKey.FromBytes(System.Text.Encoding.UTF8.GetBytes("another key, also 16 bytes long"));
        var first = new BloomEncoder(_key, EncodingScheme.V1).Encode(Record("A", "Mykola"));
        var second = new BloomEncoder(other, EncodingScheme.V1).Encode(Record("A", "Mykola"));
        Assert.NotEqual(0UL, first.Blocks[BlockingSlots.GivenClass]);
        Assert.NotEqual(first.Blocks[BlockingSlots.GivenClass], second.Blocks[BlockingSlots.GivenClass]);
        Assert.Equal(0UL, new BloomEncoder(_key, EncodingScheme.V1).Encode(Record("A", "Zoriana")).Blocks[BlockingSlots.GivenClass]);
    }

    [Fact]
    public void Link_RussianFormWithAnotherFirstLetter_IsFoundThroughTheClassBlock()
    {
        // Given: Mykola in the registry, Nikolai with another family name (marriage) and the same birth date elsewhere:
        // only the given name with the birth date can bring them together
        List<LinkRecord> registry = [Record("P1", "Mykola", "Kovalenko")];
        List<LinkRecord> other = [Record("DE-1", "Nikolai", "Smith")];
        var parameters = LinkageParameters.Default;

        // When
        var result = Linker.Link(registry.Select(PreparedRecord.From).ToList(), other.Select(PreparedRecord.From).ToList(), new ClearComparer(parameters), parameters, self: false, seed: 1);

        // Then: compared (the given-name blocking keys use the class), and the given name counts as equivalent
        Assert.Equal(1, result.Comparisons);
    }

    [Theory]
    [InlineData("class,ukrainian,russian,other\nmykola,Микола,Николай,Nikolai\nmykhailo,Михайло,,Nikolai\n", "line 3")]
    [InlineData("class,ukrainian,other\n", "line 1")]
    [InlineData("class,ukrainian,russian,other\nmykola,,Николай,Nikolai\n", "line 2")]
    public void Read_BadTable_NamesTheLine(string text, string line)
    {
        var error = Assert.Throws<FormatException>(() => GivenNameEquivalents.Read(new StringReader(text)));
        Assert.StartsWith(line + ":", error.Message, StringComparison.Ordinal);
    }

    private static LinkRecord Record(string id, string given, string family = "Shevchenko") =>
        new(id, family, given, LinkDate.Parse("1985-03-07"), "M", "UA", null);
}
