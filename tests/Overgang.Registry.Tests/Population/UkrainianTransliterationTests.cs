using Overgang.Registry.Population;

namespace Overgang.Registry.Tests.Population;

public sealed class UkrainianTransliterationTests
{
    // Examples from the table of the Cabinet of Ministers resolution No. 55 of 27 January 2010.
    [Theory]
    [InlineData("Алушта", "Alushta")]
    [InlineData("Згорани", "Zghorany")]
    [InlineData("Розгон", "Rozghon")]
    [InlineData("Єнакієве", "Yenakiieve")]
    [InlineData("Гаєвич", "Haievych")]
    [InlineData("Короп'є", "Koropie")]
    [InlineData("Їжакевич", "Yizhakevych")]
    [InlineData("Кадиївка", "Kadyivka")]
    [InlineData("Мар'їне", "Marine")]
    [InlineData("Йосипівка", "Yosypivka")]
    [InlineData("Стрий", "Stryi")]
    [InlineData("Олексій", "Oleksii")]
    [InlineData("Юрій", "Yurii")]
    [InlineData("Корюківка", "Koriukivka")]
    [InlineData("Яготин", "Yahotyn")]
    [InlineData("Костянтин", "Kostiantyn")]
    [InlineData("Знам'янка", "Znamianka")]
    [InlineData("Феодосія", "Feodosiia")]
    [InlineData("Щербухи", "Shcherbukhy")]
    [InlineData("Гоща", "Hoshcha")]
    [InlineData("Русь", "Rus")]
    [InlineData("Ґалаґан", "Galagan")]
    [InlineData("Наталія", "Nataliia")]
    public void ToLatin_OfficialExamples_MatchTheResolution(string cyrillic, string latin)
    {
        Assert.Equal(latin, UkrainianTransliteration.ToLatin(cyrillic));
    }
}
