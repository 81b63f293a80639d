using Overgang.Letters;
using Overgang.Web.Languages;
using Overgang.Web.Linkage;

namespace Overgang.Web.Components.Pages.Linkage;

/// <summary>
/// What the review pages show of a candidate pair, in the page's language (the pages are markup only): the names (the
/// stored Cyrillic ones on the Ukrainian page), the rows of both registrations side by side, and what is known of the
/// document number.
/// </summary>
public static class LinkPairDisplay
{
    /// <summary>The number of pages of the open pairs (at least one).</summary>
    public static int Pages(LinkCandidatePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Math.Max(1, (page.Total + page.PageSize - 1) / page.PageSize);
    }

    /// <summary>The page numbers to link: the first, the last, and the pages around the current one.</summary>
    public static IEnumerable<int> PageWindow(LinkCandidatePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var last = Pages(page);
        return new[] { 1, page.Page - 1, page.Page, page.Page + 1, last }.Where(n => n >= 1 && n <= last).Distinct().Order();
    }

    /// <summary>A name as "family, given", leaving out what is missing.</summary>
    public static string Name(string? family, string? given) => string.Join(", ", new[] { family, given }.Where(n => !string.IsNullOrEmpty(n)));

    /// <summary>The registry person's name: the stored Cyrillic name on the Ukrainian page where there is one.</summary>
    public static string RegistryName(LinkCandidateView candidate, IReadOnlyDictionary<string, (string? Family, string? Given)> cyrillic, LetterLanguage language)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(cyrillic);
        return language == LetterLanguage.Ukrainian && cyrillic.TryGetValue(candidate.PersonId, out var cyr)
            ? Name(cyr.Family ?? candidate.Registry.FamilyName, cyr.Given ?? candidate.Registry.GivenName)
            : Name(candidate.Registry.FamilyName, candidate.Registry.GivenName);
    }

    /// <summary>The rows of the side-by-side table: field, registry side, other side.</summary>
    public static IEnumerable<(string Label, string Left, string Right, string? Written)> Rows(LinkCandidateView c, IReadOnlyDictionary<string, (string? Family, string? Given)> cyrillic, LetterLanguage language)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(cyrillic);
        var cyr = language == LetterLanguage.Ukrainian && cyrillic.TryGetValue(c.PersonId, out var found) ? found : (null, null);
        string Text(string? value) => string.IsNullOrEmpty(value) ? LinkTexts.NotGiven(language) : value;
        yield return (LinkTexts.Field("family-name", language), Text(cyr.Family ?? c.Registry.FamilyName), Text(c.Other.FamilyName), Written(c.Other.FamilyName));
        yield return (LinkTexts.Field("given-name", language), Text(cyr.Given ?? c.Registry.GivenName), Text(c.Other.GivenName), Written(c.Other.GivenName));
        yield return (LinkTexts.Field("birth-date", language), LinkTexts.BirthDate(c.Registry.BirthDate, language), LinkTexts.BirthDate(c.Other.BirthDate, language), null);
        yield return (LinkTexts.Field("sex", language), LinkTexts.Sex(c.Registry.Sex, language), LinkTexts.Sex(c.Other.Sex, language), null);
        yield return (LinkTexts.Field("nationality", language), LinkTexts.Nationality(c.Registry.Nationality, language), LinkTexts.Nationality(c.Other.Nationality, language), null);
        yield return (LinkTexts.Field("document-number", language), RegistryDocument(c, language), OtherDocument(c, language), null);
        yield return (language.T("Lidstaat", "Держава-член", "Member state"), LinkTexts.MemberState("NL", language), LinkTexts.OtherRegister(c.Kind, c.Other.Register, language), null);
        yield return (language.T("Beschermd sinds", "Під захистом з", "Protected since"), LinkTexts.Date(c.Registry.ProtectedSince, language), LinkTexts.Date(c.Other.ProtectedSince, language), null);
    }

    /// <summary>The registry side's document number: the registry keeps none.</summary>
    public static string RegistryDocument(LinkCandidateView c, LetterLanguage language)
    {
        ArgumentNullException.ThrowIfNull(c);
        return language.T("Niet vastgelegd in het register", "У реєстрі не зберігається", "Not kept in the registry");
    }

    /// <summary>
    /// The other side's document number: its last three characters where the file sent it in the clear; for an encoded
    /// file, that it was compared in encoded form and with what outcome; otherwise that none was sent.
    /// </summary>
    public static string OtherDocument(LinkCandidateView c, LetterLanguage language)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.Kind == "registry")
        {
            return RegistryDocument(c, language);
        }

        if (c.Mode == "encoded")
        {
            var evidence = c.Evidence.FirstOrDefault(e => e.Field == "document-number");
            var outcome = evidence?.Outcome switch
            {
                "agree" => language.T("de versleutelde nummers zijn gelijk", "зашифровані номери однакові", "the encoded numbers are equal"),
                "disagree" => language.T("de versleutelde nummers verschillen", "зашифровані номери різні", "the encoded numbers differ"),
                _ => language.T("aan een of beide kanten niet meegestuurd", "не надіслано з одного або обох боків", "not sent on one or both sides"),
            };
            return language.T("Alleen versleuteld vergeleken", "Порівняно лише в зашифрованому вигляді", "Compared in encoded form only") + ": " + outcome;
        }

        return c.Other.DocumentEnd is { Length: > 0 } end
            ? language.T("Eindigt op ", "Закінчується на ", "Ends in ") + end
            : language.T("Niet meegestuurd", "Не надіслано", "Not sent");
    }

    /// <summary>The language of a value the other registration wrote: a Ukrainian name in Latin script.</summary>
    private static string? Written(string? name) => string.IsNullOrEmpty(name) ? null : "uk-Latn";
}
