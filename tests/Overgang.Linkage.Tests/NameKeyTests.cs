using Overgang.Linkage.Comparison;
using Overgang.Linkage.Names;
using Overgang.Linkage.Scoring;

namespace Overgang.Linkage.Tests;

public sealed class NameKeyTests
{
    private static readonly ClearComparer _comparer = new(LinkageParameters.Default);

    [Theory]
    [InlineData("Oleksandr", "Aleksandr")]
    [InlineData("Oleksandr", "Olexandr")]
    [InlineData("Oleksandr", "Oleksander")]
    [InlineData("Oleksandr", "Aleksander")]
    [InlineData("Oleksandr", "Олександр")]
    [InlineData("Shevchenko", "Schewtschenko")]
    [InlineData("Shevchenko", "Szewczenko")]
    [InlineData("Yevhenii", "Jewgeni")]
    [InlineData("Hnatiuk", "Gnatyuk")]
    [InlineData("Zghurskyi", "Zgurskij")]
    [InlineData("Nataliia", "Наталья")]
    [InlineData("Kovalska", "Kowalska")]
    public void Phonetic_TransliterationVariants_ShareTheKey(string a, string b)
    {
        Assert.Equal(NameKey.Phonetic(NameKey.Normalise(a)), NameKey.Phonetic(NameKey.Normalise(b)));
    }

    [Theory]
    [InlineData("Oleksandr", "Oleksandr", 3)]
    [InlineData("Олександр", "Oleksandr", 3)]
    [InlineData("Oleksandr", "Aleksandr", 2)]
    [InlineData("Oleksandr", "Olexander", 2)]
    [InlineData("Oleksandr", "Olekcandr", 1)]
    [InlineData("Oleksandr", "Nataliia", 0)]
    [InlineData("Kovalenko", "Kovalchuk", 0)]
    public void Name_Levels_TellEqualTransliteratedSimilarAndDifferentApart(string a, string b, int level)
    {
        var (x, y) = (NameKey.Normalise(a), NameKey.Normalise(b));
        Assert.Equal(level, _comparer.Name(x, NameKey.Phonetic(x), y, NameKey.Phonetic(y)));
    }

    [Fact]
    public void Normalise_FoldsScriptsAndDiacritics()
    {
        Assert.Equal("yizhakevych", NameKey.Normalise("Їжакевич"));
        Assert.Equal("lukasz", NameKey.Normalise("Łukasz"));
        Assert.Equal("mueller", NameKey.Normalise("Mueller"));
        Assert.Equal("zhuk", NameKey.Normalise("Žuk"));
        Assert.Equal("", NameKey.Normalise("  "));
    }

    [Theory]
    [InlineData(TransliterationSystem.UkrainianNational, "Shevchenko")]
    [InlineData(TransliterationSystem.PassportRussian, "Shevchenko")]
    [InlineData(TransliterationSystem.German, "Schewtschenko")]
    [InlineData(TransliterationSystem.Polish, "Szewczenko")]
    public void Render_WritesTheSystemsSpelling(TransliterationSystem system, string expected)
    {
        Assert.Equal(expected, Transliteration.Render("Шевченко", system));
    }
}
