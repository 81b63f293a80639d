using Overgang.Rules.Countries;
using Overgang.Rules.Parameters;

namespace Overgang.Rules.Tests.Countries;

public sealed class CountryPackageLoadTests
{
    private const string Head = "memberState: XX\nname: Test\narea: countries.xx\nsources:\n  - { id: XX1, cite: 'c', title: 't', location: 'l' }\n";

    [Fact]
    public void Default_LoadsEveryShippedPackage()
    {
        // When
        var packages = CountryPackages.Default;

        // Then
        Assert.Equal(["AT", "CZ", "DE", "NL", "PL", "RO"], packages.Packages.Select(p => p.MemberState).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("parameters: []\noptions:\n  - { id: x.a, status: 's', maxDuration: country.xx.nothing, source: XX1, conditions: [] }\n", "country.xx.nothing is neither in this package nor in the parameter tree")]
    [InlineData("parameters: []\noptions:\n  - { id: x.a, status: 's', unknown: true, note: 'n', source: XX1, conditions: [] }\n", "give either a status or 'unknown: true' with a note")]
    [InlineData("parameters: []\noptions:\n  - { id: x.a, unknown: true, source: XX1, conditions: [] }\n", "give either a status or 'unknown: true' with a note")]
    [InlineData("parameters: []\noptions:\n  - { id: x.a, status: 's', source: XX9, conditions: [] }\n", "source 'XX9' is neither in this package nor in the source catalogue")]
    [InlineData("parameters: []\noptions:\n  - { id: x.a, status: 's', source: XX1, conditions: [{ text: 'at least {value} years', source: XX1 }] }\n", "names {value} exactly when it has a parameter")]
    [InlineData("parameters: []\noptions:\n  - { id: x.a, status: 's', availableFrom: transition.document.duration, source: XX1, conditions: [] }\n", "must be a date")]
    [InlineData("parameters:\n  - { id: country.xx.d, description: 'd', unit: years, values: [{ from: 2025-01-01, value: 3 }] }\noptions: []\n", "every value needs a source")]
    [InlineData("parameters: []\noptions:\n  - { id: x.a, status: 's', source: XX1, conditions: [{ text: 'works', source: XX1 }] }\n", "a condition needs a 'check'")]
    [InlineData("parameters: []\noptions:\n  - { id: x.a, status: 's', source: XX1, conditions: [{ text: 'works', source: XX1, check: guess }] }\n", "'check: guess' is not one of")]
    [InlineData("parameters: []\noptions:\n  - { id: x.a, status: 's', source: XX1, conditions: [{ text: 'works', source: XX1, check: fact }] }\n", "'fact' names the missing fact exactly when")]
    [InlineData("parameters: []\noptions:\n  - { id: x.a, status: 's', source: XX1, conditions: [{ text: 'works', source: XX1, check: fact, fact: shoe-size }] }\n", "fact 'shoe-size' has no text")]
    [InlineData("parameters: []\noptions:\n  - { id: x.a, status: 's', source: XX1, conditions: [{ text: 'since {value}', parameter: transition.document.cut-off, source: XX1, check: protection-years }] }\n", "'check: protection-years' needs a parameter in years")]
    [InlineData("parameters: []\noptions:\n  - { id: x.a, status: 's', source: XX1, decidedBy: transition, conditions: [{ text: 'works', source: XX1, check: always }] }\n", "has no 'check'")]
    [InlineData("parameters: []\noptions: []\n", "at least one option")]
    public void Load_MalformedPackage_IsRefusedNamingTheProblem(string body, string expected)
    {
        // Given
        var file = new ParameterFile("xx.yaml", Head + body);

        // When
        var error = Assert.Throws<ParameterFileException>(() => CountryPackages.Load([file], ParameterTree.Default));

        // Then
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TwoPackagesDefiningOneParameter_IsRefused()
    {
        // Given
        const string Body = "parameters:\n  - { id: transition.document.duration, description: 'd', unit: years, values: [{ from: 2025-01-01, value: 3, source: XX1 }] }\noptions:\n  - { id: x.a, status: 's', source: XX1, conditions: [] }\n";

        // When
        var error = Assert.Throws<ParameterFileException>(() => CountryPackages.Load([new ParameterFile("xx.yaml", Head + Body)], ParameterTree.Default));

        // Then
        Assert.Contains("parameter transition.document.duration is already defined", error.Message, StringComparison.Ordinal);
    }
}
