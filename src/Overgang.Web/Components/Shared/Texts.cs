using NodaTime;
using Overgang.Letters;
using Overgang.Rules.Texts;
using Overgang.Web.Languages;

namespace Overgang.Web.Components.Shared;

/// <summary>Display of the registry's codes, amounts and dates on the pages, in the page's language (the notations themselves
/// are written once, in <see cref="TextFormat"/>).</summary>
internal static class Texts
{
    /// <summary>The rules' language for a page language.</summary>
    public static TextLanguage ToRules(this LetterLanguage language) => language switch
    {
        LetterLanguage.Dutch => TextLanguage.Dutch,
        LetterLanguage.Ukrainian => TextLanguage.Ukrainian,
        LetterLanguage.English => TextLanguage.English,
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    /// <summary>An amount in the language's notation ("€ 1.234,56", "1 234,56 €", "€1,234.56").</summary>
    public static string Euro(decimal amount, LetterLanguage language) => Languages.Numbers.Euros((long)Math.Round(amount * 100m, MidpointRounding.AwayFromZero), language);

    /// <summary>An amount, or nothing.</summary>
    public static string Euro(decimal? amount, LetterLanguage language) => amount is { } a ? Euro(a, language) : "";

    /// <summary>A date as day, month name and year in the language.</summary>
    public static string Date(LocalDate date, LetterLanguage language) => LetterDates.Format(date, language);

    /// <summary>A date, or nothing.</summary>
    public static string Date(LocalDate? date, LetterLanguage language) => date is { } d ? Date(d, language) : "";

    /// <summary>A month and year in the language ("maart 2027", "березень 2027", "March 2027").</summary>
    public static string Month(YearMonth month, LetterLanguage language) => TextFormat.Month(month, language.ToRules());

    /// <summary>A kind of reception in the language.</summary>
    public static string Reception(string? code, LetterLanguage l) => code switch
    {
        "municipal" => l.T("gemeentelijke opvang (zelf koken)", "муніципальне розміщення (самостійне харчування)", "municipal reception (own cooking)"),
        "municipal-catering" => l.T("gemeentelijke opvang (maaltijden verstrekt)", "муніципальне розміщення (з харчуванням)", "municipal reception (meals provided)"),
        "coa" => l.T("COA-opvang", "розміщення COA", "COA reception"),
        "private" => l.T("particuliere opvang (gastgezin)", "приватне розміщення (приймаюча родина)", "private reception (host family)"),
        "own-home" => l.T("eigen woning", "власне житло", "own home"),
        null => l.T("geen plaatsing", "без розміщення", "no placement"),
        _ => code,
    };

    /// <summary>A transition path in the language.</summary>
    public static string Path(string path, LetterLanguage l) => path switch
    {
        "not-entitled" => l.T("geen recht", "без права", "not entitled"),
        "protection-ended" => l.T("bescherming beëindigd", "захист припинено", "protection ended"),
        "other-status" => l.T("andere verblijfsstatus", "інший статус проживання", "other residence status"),
        "return-programme" => l.T("terugkeerprogramma", "програма повернення", "return programme"),
        "transition-document" => l.T("overgangsdocument", "перехідний документ", "transition document"),
        "asylum-procedure" => l.T("asielprocedure", "процедура притулку", "asylum procedure"),
        _ => path,
    };

    /// <summary>A decision's or task's status in the language.</summary>
    public static string Status(string status, LetterLanguage l) => status switch
    {
        "decided" => l.T("besloten", "вирішено", "decided"),
        "pending" => l.T("in behandeling", "на розгляді", "pending"),
        "open" => l.T("open", "відкрито", "open"),
        "done" => l.T("afgerond", "виконано", "done"),
        _ => status,
    };

    /// <summary>Who owns an action or task (contract name in), in the rules' words (the text catalogue); a code the catalogue lacks as it is.</summary>
    public static string Owner(string owner, LetterLanguage l) =>
        Enum.GetValues<Overgang.Rules.Transition.ActionOwner>().Where(o => Overgang.Rules.Transition.TransitionNames.Of(o) == owner)
            .Select(o => RuleTexts.Owner(o, l.ToRules())).FirstOrDefault() ?? owner;

    /// <summary>A review flag (contract name in), in the rules' words (the text catalogue); a code the catalogue lacks as it is.</summary>
    public static string Flag(string flag, LetterLanguage l) =>
        Overgang.Rules.Transition.TransitionNames.FlagOrder.Where(f => Overgang.Rules.Transition.TransitionNames.Of(f) == flag)
            .Select(f => RuleTexts.Flag(f, l.ToRules())).FirstOrDefault() ?? flag;

    /// <summary>The outcome of a month's allowance calculation in the language.</summary>
    public static string Outcome(string outcome, LetterLanguage l) => outcome switch
    {
        "calculated" => l.T("berekend", "розраховано", "calculated"),
        "ended-absence" => l.T("beëindigd wegens afwezigheid", "припинено через відсутність", "ended because of absence"),
        "not-calculable" => l.T("niet te berekenen", "неможливо розрахувати", "cannot be calculated"),
        "invalid-relations" => l.T("relaties kloppen niet", "зв'язки не узгоджуються", "relations do not agree"),
        _ => outcome,
    };
}
