using CsCheck;
using Overgang.Linkage.Names;
using Overgang.Registry.Model;
using Overgang.Registry.Population;

namespace Overgang.Registry.Tests.Population;

public sealed class PersonNumbersTests
{
    private static readonly Lazy<Registry.Population.Population> _population = new(() => PopulationGenerator.Generate(20_000, PopulationGenerator.DefaultSeed));

    [Theory]
    [InlineData("111222333", null)]
    [InlineData("123456782", null)]
    [InlineData("123456789", "fails the eleven-test (elfproef): a digit is wrong")]
    [InlineData("000000000", "fails the eleven-test (elfproef): a digit is wrong")]
    [InlineData("12345678", "must be nine digits (write an eight-digit number with a leading zero)")]
    [InlineData("12345678x", "must be nine digits (write an eight-digit number with a leading zero)")]
    [InlineData("１２３４５６７８２", "must be nine digits (write an eight-digit number with a leading zero)")]
    public void BsnProblem_KnownNumbers_PassOrFailTheElevenTest(string bsn, string? problem) =>
        Assert.Equal(problem, PersonNumbers.BsnProblem(bsn));

    [Theory]
    [InlineData("2000000001", null)]
    [InlineData("0000000000", "must be ten digits")]
    [InlineData("V200000000", "must be ten digits")]
    [InlineData("200000000", "must be ten digits")]
    public void VNumberProblem_Formats(string vNumber, string? problem) =>
        Assert.Equal(problem, PersonNumbers.VNumberProblem(vNumber));

    [Fact]
    public void CompleteBsn_AnyPrefix_GivesANumberPassingTheElevenTestOrNone()
    {
        Gen.Int[10_000_000, 99_999_999].Sample(prefix =>
        {
            var bsn = PersonNumbers.CompleteBsn(prefix);
            return bsn is null || (bsn.StartsWith(prefix.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) && PersonNumbers.IsBsn(bsn));
        });
    }

    [Fact]
    public void Generate_Numbers_ValidUniqueForMostAndMissingForSome()
    {
        var persons = _population.Value.Persons;
        var bsns = persons.Select(p => p.Bsn).OfType<string>().ToList();
        var vNumbers = persons.Select(p => p.VNumber).OfType<string>().ToList();

        Assert.All(bsns, b => Assert.True(PersonNumbers.IsBsn(b), b));
        Assert.All(vNumbers, v => Assert.True(PersonNumbers.IsVNumber(v), v));
        Assert.Equal(bsns.Count, bsns.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(vNumbers.Count, vNumbers.Distinct(StringComparer.Ordinal).Count());
        Assert.InRange(bsns.Count, persons.Length * 80 / 100, persons.Length * 95 / 100);
        Assert.InRange(vNumbers.Count, persons.Length * 95 / 100, persons.Length - 1);
    }

    [Fact]
    public void Generate_Numbers_SameSeedSameNumbers()
    {
        var again = PopulationGenerator.Generate(20_000, PopulationGenerator.DefaultSeed);
        Assert.Equal(_population.Value.Persons.Select(p => (p.Bsn, p.VNumber)), again.Persons.Select(p => (p.Bsn, p.VNumber)));
    }

    // The variant spellings of one Latin name the search folds (kh/h, y/i/j, ks/x, -iy/-yi, ie/ye, yu/iu, ii/iy).
    private static readonly (string From, string To)[] _variants =
        [("kh", "h"), ("y", "i"), ("i", "y"), ("y", "j"), ("ks", "x"), ("iy", "yi"), ("ie", "ye"), ("yu", "iu"), ("ii", "iy"), ("ia", "ya")];

    [Fact]
    public void SearchKey_EveryTransliterationVariantOfAGeneratedName_MeetsTheStoredKey()
    {
        var named = _population.Value.Persons.Where(p => p.GivenNameCyrillic is not null).ToArray();
        var system = Gen.Int[0, 1].Select(i => i == 0 ? TransliterationSystem.UkrainianNational : TransliterationSystem.PassportRussian);
        Gen.Select(Gen.Int[0, named.Length - 1], system, Gen.Bool.Array[_variants.Length], Gen.Bool).Sample((index, rendering, applied, upper) =>
        {
            var person = named[index];
            string Variant(string cyrillic)
            {
                var text = Transliteration.Render(cyrillic, rendering);
                for (var i = 0; i < _variants.Length; i++)
                {
                    text = applied[i] ? text.Replace(_variants[i].From, _variants[i].To, StringComparison.Ordinal) : text;
                }

                return upper ? text.ToUpperInvariant() : text;
            }

            var given = Variant(person.GivenNameCyrillic!);
            var family = Variant(person.FamilyNameCyrillic!);
            return NameSearchKey.OfFirstGiven(given) == person.GivenNameKey
                && NameSearchKey.Of(family) == person.FamilyNameKey
                && NameSearchKey.Of(person.GivenNameCyrillic) == person.GivenNameKey
                && NameSearchKey.Of(person.FamilyNameCyrillic) == person.FamilyNameKey;
        }, iter: 2_000);
    }

    [Theory]
    [InlineData("Oleksandr", "Aleksandr")]
    [InlineData("Oleksandr", "Olexandr")]
    [InlineData("Oleksandr", "Олександр")]
    [InlineData("Oleksandr", "Александр")]
    [InlineData("Mykola", "Nikolai")]
    [InlineData("Mykola", "Микола")]
    [InlineData("Mykola", "Николай")]
    [InlineData("Kharchenko", "Harchenko")]
    [InlineData("Yuliia", "Julija")]
    [InlineData("Yuliia", "Юлія")]
    [InlineData("Zgurskyi", "Zgurskiy")]
    [InlineData("Ievgen", "Yevhen")]
    [InlineData("Hanna", "Anna")]
    [InlineData("Kovalenko", "KOVALENKO")]
    [InlineData("Kovalʼ", "Koval")]
    [InlineData("Müller", "Muller")]
    public void SearchKey_VariantSpellings_Agree(string name, string variant) =>
        Assert.Equal(NameSearchKey.Of(name), NameSearchKey.Of(variant));
}
