namespace Overgang.Web.SelfService;

/// <summary>
/// The vocative case of a Ukrainian given name, for a greeting ("Вітаємо, Олександре!"), by the regular endings only.
/// A name whose vocative the rules below do not settle gives no vocative: the page then greets without the name.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>-ій → -ію (Андрій → Андрію, Сергій → Сергію); -ія → -іє (Марія → Маріє, Юлія → Юліє).</item>
/// <item>-а after a hard consonant (not к, х or the hushing ж, ч, ш, щ) → -о (Олена → Олено, Микола → Миколо,
/// Ольга → Ольго).</item>
/// <item>-ь → -ю (Василь → Василю).</item>
/// <item>A hard consonant other than г, к, х, ж, ч, ш, щ → + е (Олександр → Олександре, Іван → Іване).</item>
/// </list>
/// Everything else (-о as in Петро/Марко, -я after a consonant, -к, -г, -х, hushing endings, foreign names) is left
/// alone, since those vary.
/// </remarks>
internal static class UkrainianVocative
{
    private const string HardConsonants = "бвдзлмнпрстфц";

    /// <summary>The vocative of the first of the given names, or <c>null</c> when not settled by rule.</summary>
    public static string? Of(string? givenNames)
    {
        if (string.IsNullOrWhiteSpace(givenNames))
        {
            return null;
        }

        var name = givenNames.Trim().Split(' ', '-')[0].Replace('\'', 'ʼ');
        if (name.Length < 3 || !name.All(c => c is (>= 'А' and <= 'я') or 'І' or 'і' or 'Ї' or 'ї' or 'Є' or 'є' or 'Ґ' or 'ґ' or 'ʼ'))
        {
            return null;
        }

        var stem = name[..^1];
        var last = char.ToLowerInvariant(name[^1]);
        var before = char.ToLowerInvariant(name[^2]);
        return (before, last) switch
        {
            ('і', 'й') => stem + "ю",
            ('і', 'я') => stem + "є",
            ('г', 'а') => stem + "о",
            (_, 'а') when HardConsonants.Contains(before, StringComparison.Ordinal) => stem + "о",
            (_, 'ь') when HardConsonants.Contains(before, StringComparison.Ordinal) => stem + "ю",
            (_, _) when HardConsonants.Contains(last, StringComparison.Ordinal) => name + "е",
            _ => null,
        };
    }
}
