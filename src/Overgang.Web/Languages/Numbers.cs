using System.Globalization;
using Overgang.Letters;

namespace Overgang.Web.Languages;

/// <summary>
/// Formats counts and amounts in euro cents per language without the OS culture data (the build sets invariant globalization):
/// Dutch "€ 1.234,56", Ukrainian "1 234,56 €" (narrow no-break space between thousands), English "€1,234.56".
/// </summary>
internal static class Numbers
{
    /// <summary>The amount in the language's notation; negative amounts get a leading minus sign.</summary>
    public static string Euros(long cents, LetterLanguage language) => Rules.Texts.TextFormat.Euros(cents, language switch
    {
        LetterLanguage.Dutch => Rules.Texts.TextLanguage.Dutch,
        LetterLanguage.Ukrainian => Rules.Texts.TextLanguage.Ukrainian,
        LetterLanguage.English => Rules.Texts.TextLanguage.English,
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    });

    /// <summary>A count with the language's thousands separator.</summary>
    public static string Count(long count, LetterLanguage language)
    {
        var text = count.ToString("#,0", CultureInfo.InvariantCulture);
        return language switch
        {
            LetterLanguage.Dutch => text.Replace(',', '.'),
            LetterLanguage.Ukrainian => text.Replace(',', '\u202F'),
            _ => text,
        };
    }
}
