using CsCheck;
using NodaTime;
using Overgang.Letters;
using Overgang.Web.Languages;

namespace Overgang.Web.Tests.Languages;

/// <summary>The one parser of amounts and dates typed on the pages: what the app shows, it reads back.</summary>
public sealed class NumbersTests
{
    private static readonly LetterLanguage[] Languages = [LetterLanguage.Dutch, LetterLanguage.Ukrainian, LetterLanguage.English];

    [Fact]
    public void An_amount_formatted_in_a_language_parses_back_to_the_same_cents_in_that_language() =>
        Gen.Select(Gen.Long[0, 999_999_999_999L], Gen.Int[0, 2]).Sample((cents, language) =>
        {
            var text = Numbers.Euros(cents, Languages[language]);
            return Numbers.TryParseEuros(text, Languages[language], out var parsed) && parsed == cents;
        });

    [Fact]
    public void A_date_formatted_for_a_form_parses_back_to_the_same_day_in_that_language_and_so_does_ISO() =>
        Gen.Select(Gen.Int[0, 40_000], Gen.Int[0, 2]).Sample((days, language) =>
        {
            var date = new LocalDate(1990, 1, 1).PlusDays(days);
            return Numbers.TryParseDate(Numbers.InputDate(date, Languages[language]), Languages[language], out var typed) && typed == date
                && Numbers.TryParseDate(NodaTime.Text.LocalDatePattern.Iso.Format(date), Languages[language], out var iso) && iso == date;
        });

    [Fact]
    public void A_date_as_the_pages_show_it_parses_back_in_that_language() =>
        Gen.Select(Gen.Int[0, 40_000], Gen.Int[0, 2]).Sample((days, language) =>
        {
            var date = new LocalDate(1990, 1, 1).PlusDays(days);
            return Numbers.TryParseDate(LetterDates.Format(date, Languages[language]), Languages[language], out var read) && read == date;
        });

    [Theory]
    [InlineData("€ 1.250,00", LetterLanguage.Dutch, 125000)]
    [InlineData("1.250,00", LetterLanguage.Dutch, 125000)]
    [InlineData("1250,00", LetterLanguage.Dutch, 125000)]
    [InlineData("1250", LetterLanguage.Dutch, 125000)]
    [InlineData("€ 1.250,5", LetterLanguage.Dutch, 125050)]
    [InlineData("1 250,00", LetterLanguage.Ukrainian, 125000)]
    [InlineData("1\u00A0250,00", LetterLanguage.Ukrainian, 125000)]
    [InlineData("1,250.00", LetterLanguage.English, 125000)]
    [InlineData("1250.00", LetterLanguage.English, 125000)]
    public void An_amount_in_the_pages_notation_is_read(string text, LetterLanguage language, long cents)
    {
        Assert.True(Numbers.TryParseEuros(text, language, out var parsed));
        Assert.Equal(cents, parsed);
    }

    [Theory]
    [InlineData("1.25", LetterLanguage.Dutch)]
    [InlineData("1250.00", LetterLanguage.Dutch)]
    [InlineData("1,250.00", LetterLanguage.Dutch)]
    [InlineData("12,345", LetterLanguage.Dutch)]
    [InlineData("1,2,3", LetterLanguage.English)]
    [InlineData("veel", LetterLanguage.Dutch)]
    [InlineData("", LetterLanguage.Ukrainian)]
    [InlineData("1 25,00", LetterLanguage.Ukrainian)]
    public void An_amount_outside_the_pages_notation_is_refused(string text, LetterLanguage language) =>
        Assert.False(Numbers.TryParseEuros(text, language, out _));

    [Theory]
    [InlineData("15-03-2027", LetterLanguage.Dutch)]
    [InlineData("2027-03-15", LetterLanguage.Dutch)]
    [InlineData("15.03.2027", LetterLanguage.Ukrainian)]
    [InlineData("15/03/2027", LetterLanguage.English)]
    [InlineData("15-3-2027", LetterLanguage.Dutch)]
    [InlineData("15 maart 2027", LetterLanguage.Dutch)]
    [InlineData("15 Maart 2027", LetterLanguage.Dutch)]
    [InlineData("15 березня 2027", LetterLanguage.Ukrainian)]
    [InlineData("15 March 2027", LetterLanguage.English)]
    public void A_date_in_the_pages_notation_or_ISO_is_read(string text, LetterLanguage language)
    {
        Assert.True(Numbers.TryParseDate(text, language, out var date));
        Assert.Equal(new LocalDate(2027, 3, 15), date);
    }

    [Theory]
    [InlineData("03-15-2027", LetterLanguage.Dutch)]
    [InlineData("15.03.2027", LetterLanguage.Dutch)]
    [InlineData("morgen", LetterLanguage.English)]
    [InlineData("15 March 2027", LetterLanguage.Dutch)]
    [InlineData("31 februari 2027", LetterLanguage.Dutch)]
    public void A_date_outside_the_pages_notation_is_refused(string text, LetterLanguage language) =>
        Assert.False(Numbers.TryParseDate(text, language, out _));
}
