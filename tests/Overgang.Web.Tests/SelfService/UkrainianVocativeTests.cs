using Overgang.Web.SelfService;

namespace Overgang.Web.Tests.SelfService;

public sealed class UkrainianVocativeTests
{
    [Theory]
    [InlineData("Олександр", "Олександре")]
    [InlineData("Олена", "Олено")]
    [InlineData("Марія", "Маріє")]
    [InlineData("Іван", "Іване")]
    [InlineData("Андрій", "Андрію")]
    [InlineData("Наталія", "Наталіє")]
    [InlineData("Микола", "Миколо")]
    [InlineData("Сергій", "Сергію")]
    [InlineData("Юлія", "Юліє")]
    [InlineData("Ольга", "Ольго")]
    [InlineData("Василь", "Василю")]
    [InlineData("Тарас", "Тарасе")]
    [InlineData("Мар'яна", "Марʼяно")]
    [InlineData("Олена Марія", "Олено")]
    public void A_regular_name_is_greeted_in_the_vocative(string nominative, string vocative) =>
        Assert.Equal(vocative, UkrainianVocative.Of(nominative));

    [Theory]
    [InlineData("Петро")]
    [InlineData("Михайло")]
    [InlineData("Олег")]
    [InlineData("Ілля")]
    [InlineData("Olena")]
    [InlineData("")]
    [InlineData(null)]
    public void A_name_the_rules_do_not_settle_gives_no_vocative(string? nominative) =>
        Assert.Null(UkrainianVocative.Of(nominative));

    [Fact]
    public void Every_given_name_of_the_demo_population_is_either_declined_by_rule_or_left_alone()
    {
        // Given: the Cyrillic given names the generator uses
        var names = Overgang.Registry.Population.PopulationGenerator.Generate(400, Overgang.Registry.Population.PopulationGenerator.DefaultSeed)
            .Persons.Select(p => p.GivenNameCyrillic).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(names);

        // Then: a vocative, when given, differs from the name and keeps its stem (never a nominative greeting)
        foreach (var name in names)
        {
            if (UkrainianVocative.Of(name) is { } vocative)
            {
                Assert.NotEqual(name, vocative);
                Assert.StartsWith(name[..^2].Replace('\'', 'ʼ'), vocative, StringComparison.Ordinal);
            }
        }
    }
}
