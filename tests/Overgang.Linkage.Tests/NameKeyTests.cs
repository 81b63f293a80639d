using System.Security.Cryptography;
using System.Text;
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

    /// <summary>
    /// The normal forms and keys of 20,000 made-up words (Latin, Cyrillic, folded letters, the patterns, spaces and marks, in
    /// any case), against their digest taken with the code before the all-ASCII path and the pattern filter (commit a6e3939,
    /// with invariant globalization as the projects run).
    /// </summary>
    [Fact]
    public void NormaliseAndPhonetic_ManyWords_GiveWhatTheyGaveBefore()
    {
        // Given
        string[] pieces =
        [
            .. "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -'.,09".Select(c => c.ToString()),
            .. "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯёыэъ".Select(c => c.ToString()),
            .. "łßžżščæøüéÉñÑ\u00A0\t".Select(c => c.ToString()),
            "sch", "shch", "schtsch", "tsch", "tch", "szcz", "zh", "kh", "gh", "ts", "tz", "ph", "ck", "cz", "ch", "sh", "sz", "x", "Sch", "KH", "oo", "ya", "yi",
        ];
        var random = new Random(20261201);
        var text = new StringBuilder();

        // When
        for (var n = 0; n < 20_000; n++)
        {
            var word = new StringBuilder();
            var length = random.Next(0, 12);
            for (var i = 0; i < length; i++)
            {
                word.Append(pieces[random.Next(pieces.Length)]);
            }

            var normal = NameKey.Normalise(word.ToString());
            text.Append(normal).Append('\u001f').Append(NameKey.Phonetic(normal)).Append('\u001f').Append(NameKey.Phonetic(word.ToString())).Append('\u001e');
        }

        // Then
        Assert.Equal("825aa3e3723547e707e0ad61f3aeeaae0128de86952be108fc306f67d9167f7e", Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString()))));
    }
}
