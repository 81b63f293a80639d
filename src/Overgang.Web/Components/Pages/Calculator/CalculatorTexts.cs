using Overgang.Letters;
using Overgang.Rules.Explanations;
using Overgang.Rules.Provisions;
using Overgang.Rules.Transition;
using Overgang.Web.Calculations;
using Overgang.Web.Languages;

namespace Overgang.Web.Components.Pages.Calculator;

/// <summary>The public calculator's words for the contract's codes, in the page's language (never the codes themselves).</summary>
internal static class CalculatorTexts
{
    /// <summary>An amount in the page's notation, kept on one line.</summary>
    public static string Euros(decimal euros, LetterLanguage l) => Numbers.Euros((long)Math.Round(euros * 100m, MidpointRounding.AwayFromZero), l).Replace(' ', '\u00A0');

    public static string Reception(string code, LetterLanguage l) => code switch
    {
        "municipal" => l.T("Gemeentelijke opvang, zelf koken", "Муніципальне розміщення, готуєте самі", "Municipal reception, cooking for yourselves"),
        "municipal-catering" => l.T("Gemeentelijke opvang met maaltijden", "Муніципальне розміщення з харчуванням", "Municipal reception with meals"),
        "coa" => l.T("COA-locatie", "Локація COA", "COA location"),
        "private" => l.T("Particuliere opvang (gastgezin)", "Приватне розміщення (приймаюча родина)", "Private reception (host family)"),
        "own-home" => l.T("Eigen woning", "Власне житло", "Own home"),
        _ => l.T("Onbekend", "Невідомо", "Unknown"),
    };

    public static string Path(string code, LetterLanguage l) => code switch
    {
        "transition-document" => l.T("Transitiedocument", "Перехідний документ", "Transition document"),
        "asylum-procedure" => l.T("Asielprocedure", "Процедура надання притулку", "Asylum procedure"),
        "return-programme" => l.T("Terugkeerprogramma", "Програма повернення", "Return programme"),
        "other-status" => l.T("Andere verblijfsvergunning", "Інший дозвіл на проживання", "Another residence permit"),
        "not-entitled" => l.T("Geen recht in Nederland", "Немає права в Нідерландах", "Not entitled in the Netherlands"),
        "protection-ended" => l.T("Bescherming al geëindigd", "Захист уже закінчився", "Protection already ended"),
        CalculatorForm.UnknownPath => l.T("Weet ik niet", "Не знаю", "Don’t know"),
        _ => l.T("Onbekend", "Невідомо", "Unknown"),
    };

    public static string Path(TransitionPath path, LetterLanguage l) => Path(TransitionNames.Of(path), l);

    public static string Relation(string code, LetterLanguage l) => code switch
    {
        "partner" => l.T("Partner van persoon 1", "Партнер(ка) особи 1", "Partner of person 1"),
        "child" => l.T("Kind van persoon 1", "Дитина особи 1", "Child of person 1"),
        "other" => l.T("Ander familielid (bijvoorbeeld grootouder)", "Інший родич (наприклад, бабуся чи дідусь)", "Other relative (for example a grandparent)"),
        _ => l.T("Onbekend", "Невідомо", "Unknown"),
    };

    public static string Person(int number, LetterLanguage l) => l.T($"persoon {number}", $"особа {number}", $"person {number}");

    public static string Persons(IEnumerable<int> numbers, LetterLanguage l)
    {
        var list = numbers.ToList();
        return list.Count == 1 ? Person(list[0], l) : l.T("personen ", "особи ", "persons ") + string.Join(", ", list);
    }

    /// <summary>What the household lives on in a month after protection.</summary>
    public static string Provision(string provision, LetterLanguage l) => provision switch
    {
        "allowance" => l.T("Leefgeld", "Гроші на проживання", "Living allowance"),
        "social-assistance" => l.T("Bijstand (schatting)", "Соціальна допомога (bijstand, орієнтовно)", "Social assistance (estimate)"),
        _ => l.T("Geen leefgeld of opvang van de gemeente", "Без грошей на проживання і розміщення від муніципалітету", "No living allowance or reception from the municipality"),
    };

    /// <summary>The amount the household lives on: the allowance or the estimated social assistance.</summary>
    public static decimal? Amount(HouseholdAnswer h) => h.Provision switch
    {
        "allowance" => h.Allowance,
        "social-assistance" => h.SocialAssistance,
        _ => null,
    };

    /// <summary>"Why this amount": the explanation's steps with a value, summed per rule, in plain words.</summary>
    public static IEnumerable<(string Label, decimal Value)> Why(HouseholdAnswer household, LetterLanguage l)
    {
        string? Label(string rule) => rule switch
        {
            RuleIds.Food => l.T("Geld voor eten", "Гроші на їжу", "Money for food"),
            RuleIds.Clothing => l.T("Geld voor kleding en persoonlijke uitgaven", "Гроші на одяг та особисті витрати", "Money for clothing and personal costs"),
            RuleIds.PrivateReception => l.T("Extra omdat het huishouden bij een gastgezin woont", "Додатково, бо домогосподарство живе в приймаючій родині", "Extra because the household lives with a host family"),
            RuleIds.BeforeIncome => l.T("Leefgeld voordat het inkomen meetelt", "Гроші на проживання до врахування доходу", "Living allowance before income counts"),
            RuleIds.HouseholdIncome => l.T("Inkomen van het huishouden", "Дохід домогосподарства", "Income of the household"),
            RuleIds.Payable => l.T("Leefgeld dat het huishouden krijgt", "Гроші на проживання, які отримує домогосподарство", "Living allowance the household gets"),
            RuleIds.ContributionDue => l.T("Eigen bijdrage die het huishouden betaalt", "Власний внесок, який сплачує домогосподарство", "Own contribution the household pays"),
            ProvisionRuleIds.ContributionAfterHandOver => l.T("Eigen bijdrage zolang het huishouden in de gemeentelijke opvang woont", "Власний внесок, поки домогосподарство живе в муніципальному розміщенні", "Own contribution while the household lives in municipal reception"),
            ProvisionRuleIds.Norm => l.T("Bijstandsnorm voor het huishouden", "Норма соціальної допомоги для домогосподарства", "Social-assistance standard amount for the household"),
            ProvisionRuleIds.Income => l.T("Inkomen dat van de bijstand afgaat", "Дохід, який віднімається від соціальної допомоги", "Income deducted from social assistance"),
            ProvisionRuleIds.Amount => l.T("Bijstand (schatting)", "Соціальна допомога (орієнтовно)", "Social assistance (estimate)"),
            ProvisionRuleIds.HealthInsurancePremium => l.T("Premie basiszorgverzekering (schatting, zonder zorgtoeslag)", "Внесок за базове медичне страхування (орієнтовно, без zorgtoeslag)", "Basic health insurance premium (estimate, without health-care allowance)"),
            _ => null,
        };
        return household.Explanation
            .Where(e => e.Value is not null && Label(e.Rule) is not null && !(e.Rule == RuleIds.PrivateReception && e.Value == 0m))
            .GroupBy(e => e.Rule, StringComparer.Ordinal)
            .Select(g => (Label(g.Key)!, g.Sum(e => e.Value!.Value)));
    }

    /// <summary>The sentences that say why the provision of a month after protection is what it is.</summary>
    public static IEnumerable<string> Because(HouseholdAnswer household, LetterLanguage l)
    {
        var rules = household.Explanation.Select(e => e.Rule).ToHashSet(StringComparer.Ordinal);
        if (rules.Contains(ProvisionRuleIds.HandOver))
        {
            yield return l.T("De gemeente heeft het huishouden overgedragen aan de bijstand: het leefgeld stopt en de sociale dienst beoordeelt het recht op bijstand.",
                "Муніципалітет передав домогосподарство до системи соціальної допомоги (bijstand): гроші на проживання припиняються, а соціальна служба перевіряє право на допомогу.",
                "The municipality has handed the household over to social assistance: the living allowance stops and the social services assess the right to social assistance.");
        }

        if (rules.Contains(ProvisionRuleIds.Ended))
        {
            yield return l.T("Het huishouden krijgt geen leefgeld meer van de gemeente en betaalt geen eigen bijdrage (bijvoorbeeld na vertrek of in de opvang voor asielzoekers van het COA).",
                "Домогосподарство більше не отримує гроші на проживання від муніципалітету і не сплачує власний внесок (наприклад, після виїзду або в розміщенні для шукачів притулку COA).",
                "The household no longer gets the living allowance from the municipality and pays no own contribution (for example after departure or in COA asylum reception).");
        }

        if (household.HealthInsuranceFrom is { } from)
        {
            yield return l.T($"Vanaf {l.Date(from)} moet iedereen in het huishouden een basiszorgverzekering hebben.",
                $"З {l.Date(from)} кожен у домогосподарстві повинен мати базове медичне страхування (basisverzekering).",
                $"From {l.Date(from)} everyone in the household must have basic health insurance.");
        }
    }
}
