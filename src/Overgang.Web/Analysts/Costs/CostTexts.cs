using Overgang.Analysis.Costs;
using Overgang.Letters;
using Overgang.Web.Languages;

namespace Overgang.Web.Analysts.Costs;

/// <summary>The names of the scenarios, organisations, cost items and unit costs in the page's language.</summary>
internal static class CostTexts
{
    public static string Scenario(string scenario, LetterLanguage l) => scenario switch
    {
        CostScenarios.Baseline => l.T("Huidig beleid", "Чинна політика", "Current policy"),
        CostScenarios.Reform => l.T("Beleidswijziging", "Зміна політики", "Policy change"),
        CostScenarios.Counterfactual => l.T("Zonder transitiedocument", "Без перехідного документа", "Without the transition document"),
        _ => scenario,
    };

    /// <summary>The organisation as it writes itself; the State and the municipalities in the page's language.</summary>
    public static string Organisation(string organisation, LetterLanguage l) => organisation switch
    {
        CostOrganisations.State => l.T("Rijk", "Держава", "State"),
        CostOrganisations.Municipalities => l.T("Gemeenten", "Муніципалітети", "Municipalities"),
        CostOrganisations.Coa => "COA",
        CostOrganisations.Ind => "IND",
        CostOrganisations.Dtenv => "DTenV",
        "" => l.T("Alle organisaties", "Усі організації", "All organisations"),
        _ => organisation,
    };

    public static string Item(string item, LetterLanguage l) => item switch
    {
        "living-allowance" => l.T("Leefgeld", "Допомога на проживання", "Living allowance"),
        "own-contribution" => l.T("Eigen bijdrage (aftrek)", "Власний внесок (віднімається)", "Own contribution (deducted)"),
        "municipal-reception" => l.T("Gemeentelijke opvang (normbedrag per plaats per dag)", "Муніципальне розміщення (нормативна сума за місце на день)", "Municipal reception (standard amount per place per day)"),
        "social-assistance" => l.T("Bijstand (geschat)", "Соціальна допомога (оцінка)", "Social assistance (estimated)"),
        "municipal-case-work" => l.T("Overdracht naar de bijstand (uren van de gemeente)", "Перехід на соціальну допомогу (години роботи муніципалітету)", "Hand-over to social assistance (municipal hours)"),
        "coa-reception" => l.T("Asielopvang", "Розміщення для шукачів притулку", "Asylum reception"),
        "ind-asylum-procedure" => l.T("Asielprocedure", "Процедура надання притулку", "Asylum procedure"),
        "legal-aid" => l.T("Rechtsbijstand in de asielprocedure", "Правова допомога в процедурі притулку", "Legal aid in the asylum procedure"),
        "ind-decisions-transition-document" => l.T("Besluiten: transitiedocument", "Рішення: перехідний документ", "Decisions: transition document"),
        "ind-decisions-return-programme" => l.T("Besluiten: terugkeerprogramma", "Рішення: програма повернення", "Decisions: return programme"),
        "ind-decisions-other" => l.T("Besluiten: andere verblijfsgrond of geen recht", "Рішення: інша підстава перебування або відсутність права", "Decisions: another status or no entitlement"),
        "return-programme" => l.T("Terugkeerprogramma", "Програма повернення", "Return programme"),
        _ => item,
    };

    public static string UnitCost(string id, LetterLanguage l) => id switch
    {
        "municipal-reception-place-day" => l.T("Gemeentelijke opvangplaats, per dag", "Місце муніципального розміщення, за день", "Municipal reception place, per day"),
        "coa-reception-person-year" => l.T("Asielopvang, per persoon per jaar", "Розміщення для шукачів притулку, на особу за рік", "Asylum reception, per person per year"),
        "ind-asylum-procedure-person-year" => l.T("Asielprocedure, per persoon per jaar", "Процедура притулку, на особу за рік", "Asylum procedure, per person per year"),
        "legal-aid-person-year" => l.T("Rechtsbijstand, per persoon per jaar", "Правова допомога, на особу за рік", "Legal aid, per person per year"),
        "ind-hour" => l.T("Uur besliswerk", "Година роботи над рішеннями", "Hour of decision work"),
        "ind-hours-transition-document" => l.T("Uren per transitiedocument", "Години на один перехідний документ", "Hours per transition document"),
        "ind-hours-return-programme" => l.T("Uren per deelnemer terugkeerprogramma", "Години на одного учасника програми повернення", "Hours per return-programme participant"),
        "ind-hours-other" => l.T("Uren per ander besluit", "Години на інше рішення", "Hours per other decision"),
        "return-programme-participant" => l.T("Terugkeerprogramma, per deelnemer", "Програма повернення, на учасника", "Return programme, per participant"),
        "municipal-hour" => l.T("Uur werk van de gemeente", "Година роботи муніципалітету", "Hour of municipal work"),
        "municipal-hours-hand-over" => l.T("Uren per overdracht naar de bijstand", "Години на один перехід на соціальну допомогу", "Hours per hand-over to social assistance"),
        _ => id,
    };
}
