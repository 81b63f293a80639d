using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Overgang.Analysis.Reforms;
using Overgang.Letters;
using Overgang.Web.Languages;

namespace Overgang.Web.Analysts.Reforms;

/// <summary>The words of the reform pages in Dutch, Ukrainian and English: table headings, row names, numbers and months.</summary>
internal static partial class ReformTexts
{
    private static readonly string[] DutchMonths = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
    private static readonly string[] UkrainianMonths = ["січ", "лют", "бер", "кві", "тра", "чер", "лип", "сер", "вер", "жов", "лис", "гру"];
    private static readonly string[] EnglishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static string Phase(ReformPhase? phase, LetterLanguage l) => phase switch
    {
        ReformPhase.Population => l.T("De populatie uit het register lezen", "Читання населення з реєстру", "Reading the population from the registry"),
        ReformPhase.Baseline => l.T("De huidige regels doorrekenen", "Розрахунок за чинними правилами", "Running the current rules"),
        ReformPhase.Reform => l.T("De hervorming doorrekenen", "Розрахунок реформи", "Running the reform"),
        ReformPhase.Comparison => l.T("De twee uitkomsten vergelijken", "Порівняння двох результатів", "Comparing the two outcomes"),
        ReformPhase.Report => l.T("Tabellen en grafieken maken", "Створення таблиць і діаграм", "Making tables and charts"),
        _ => l.T("Wacht op een eerdere berekening", "Очікує на попередній розрахунок", "Waiting for an earlier run"),
    };

    /// <summary>A month as a short label: "dec 2026", "гру 2026", "Dec 2026".</summary>
    public static string Month(YearMonth month, LetterLanguage l) =>
        l.T(DutchMonths[month.Month - 1], UkrainianMonths[month.Month - 1], EnglishMonths[month.Month - 1]) + " " + month.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A month key <c>yyyy-MM</c> of a report table as a short label; anything else as it is.</summary>
    public static string MonthKey(string key, LetterLanguage l) =>
        key.Length == 7 && int.TryParse(key[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && int.TryParse(key[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
            ? Month(new YearMonth(year, month), l)
            : key;

    /// <summary>Whole euros for a chart's axis and sentences: "€ 1.234", "1 234 €", "€1,234".</summary>
    public static string Euros(decimal euros, LetterLanguage l) => Whole(Numbers.Euros((long)Math.Round(euros * 100m, MidpointRounding.AwayFromZero), l));

    /// <summary>
    /// A cell of a report table in the page's language: a plain number (<c>1234.56</c>, <c>+12</c>, <c>-3.00</c>) grouped
    /// in thousands with the language's separators, its sign and decimals kept; any other cell as it is.
    /// </summary>
    public static string Cell(string cell, LetterLanguage l)
    {
        var match = PlainNumber().Match(cell);
        if (!match.Success)
        {
            return cell;
        }

        var whole = long.Parse(match.Groups["whole"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var grouped = Numbers.Count(whole, l);
        var fraction = match.Groups["fraction"].Success ? l.T(",", ",", ".") + match.Groups["fraction"].Value : "";
        return match.Groups["sign"].Value + grouped + fraction;
    }

    /// <summary>True when a cell is a plain number (right-aligned).</summary>
    public static bool IsNumber(string cell) => PlainNumber().IsMatch(cell);

    public static string Path(string path, LetterLanguage l) => path switch
    {
        "not-entitled" => l.T("Geen recht", "Немає права", "Not entitled"),
        "protection-ended" => l.T("Bescherming beëindigd", "Захист припинено", "Protection ended"),
        "other-status" => l.T("Andere verblijfsstatus", "Інший статус проживання", "Other residence status"),
        "return-programme" => l.T("Terugkeerprogramma", "Програма повернення", "Return programme"),
        "transition-document" => l.T("Overgangsdocument", "Перехідний документ", "Transition document"),
        "asylum-procedure" => l.T("Asielprocedure", "Процедура притулку", "Asylum procedure"),
        _ => path,
    };

    public static string Status(string status, LetterLanguage l) => status switch
    {
        "decided" => l.T("besloten", "ухвалено", "decided"),
        "pending" => l.T("in behandeling", "на розгляді", "pending"),
        _ => status,
    };

    public static string Outcome(string outcome, LetterLanguage l) => outcome switch
    {
        "calculated" => l.T("Berekend", "Розраховано", "Calculated"),
        "not-in-municipal-scheme" => l.T("Niet in de gemeentelijke regeling", "Не в муніципальній схемі", "Not in the municipal scheme"),
        "ended-absence" => l.T("Beëindigd wegens afwezigheid", "Припинено через відсутність", "Ended because of absence"),
        "path-missing" => l.T("Geen besluit over de route", "Немає рішення щодо шляху", "No decision on the path"),
        "invalid-relations" => l.T("Gezinsrelaties kloppen niet", "Родинні зв’язки не узгоджуються", "Family relations do not match"),
        _ when outcome.StartsWith(Microsimulation.ParameterUnknown, StringComparison.Ordinal) =>
            l.T("Regel nog niet bekend voor de maand", "Правило на цей місяць ще невідоме", "Rule not yet known for the month"),
        _ => outcome,
    };

    public static string Group(string group, LetterLanguage l) => group switch
    {
        "gain" => l.T("Gaan erop vooruit", "Виграють", "Better off"),
        "lose" => l.T("Gaan erop achteruit", "Втрачають", "Worse off"),
        "unchanged" => l.T("Onveranderd", "Без змін", "Unchanged"),
        _ => group,
    };

    public static string Total(LetterLanguage l) => l.T("Totaal", "Разом", "Total");

    /// <summary>A column heading of a report table.</summary>
    public static string Column(string column, LetterLanguage l)
    {
        foreach (var (suffix, nl, uk, en) in new[]
        {
            (" baseline", "huidig", "чинні правила", "current rules"),
            (" reform", "hervorming", "реформа", "reform"),
            (" difference", "verschil", "різниця", "difference"),
        })
        {
            if (column.EndsWith(suffix, StringComparison.Ordinal))
            {
                return Measure(column[..^suffix.Length], l) + ", " + l.T(nl, uk, en);
            }
        }

        return column switch
        {
            "baseline" => l.T("Huidige regels", "Чинні правила", "Current rules"),
            "reform" => l.T("Hervorming", "Реформа", "Reform"),
            "difference" => l.T("Verschil", "Різниця", "Difference"),
            "path / status" => l.T("Route en status", "Шлях і статус", "Path and status"),
            "owner" => l.T("Wie moet handelen", "Хто має діяти", "Who must act"),
            "month" or "month / code" => l.T("Maand", "Місяць", "Month"),
            "name" => l.T("Gemeente", "Муніципалітет", "Municipality"),
            "outcome" => l.T("Uitkomst", "Результат", "Outcome"),
            "group" => l.T("Groep", "Група", "Group"),
            "households" => l.T("Huishoudens", "Домогосподарства", "Households"),
            "total" => l.T("Totaal (€)", "Разом (€)", "Total (€)"),
            "p10" => l.T("10e percentiel (€)", "10-й процентиль (€)", "10th percentile (€)"),
            "p50" => l.T("Mediaan (€)", "Медіана (€)", "Median (€)"),
            "p90" => l.T("90e percentiel (€)", "90-й процентиль (€)", "90th percentile (€)"),
            "parameter" => l.T("Parameter", "Параметр", "Parameter"),
            "from" => l.T("Vanaf", "З", "From"),
            "value" => l.T("Waarde", "Значення", "Value"),
            "source" => l.T("Bron", "Джерело", "Source"),
            "rationale" => l.T("Motivering", "Обґрунтування", "Rationale"),
            _ => column,
        };
    }

    private static string Measure(string measure, LetterLanguage l) => measure switch
    {
        "allowance" => l.T("Leefgeld (€)", "Допомога на проживання (€)", "Living allowance (€)"),
        "contribution" => l.T("Eigen bijdrage (€)", "Власний внесок (€)", "Own contribution (€)"),
        "social assistance" => l.T("Bijstand, geschat (€)", "Соціальна допомога, оцінка (€)", "Social assistance, estimated (€)"),
        "net cost" => l.T("Nettokosten (€)", "Чисті витрати (€)", "Net cost (€)"),
        "allowance households" => l.T("Huishoudens met leefgeld", "Домогосподарства з допомогою на проживання", "Households with the living allowance"),
        "social-assistance households" => l.T("Huishoudens in de bijstand", "Домогосподарства із соціальною допомогою", "Households on social assistance"),
        "handed over" => l.T("Overgedragen huishoudens", "Передані домогосподарства", "Households handed over"),
        "ended households" => l.T("Huishoudens zonder voorziening", "Домогосподарства без забезпечення", "Households whose provisions ended"),
        "reception places" => l.T("Opvangplaatsen", "Місця розміщення", "Reception places"),
        _ => measure,
    };

    private static string Whole(string amount)
    {
        // Numbers.Euros writes cents; a chart and a sentence need whole euros.
        var comma = amount.LastIndexOf(',');
        var point = amount.LastIndexOf('.');
        var cut = Math.Max(comma, point);
        return cut < 0 ? amount : amount.Remove(cut, 3);
    }

    [GeneratedRegex(@"^(?<sign>[+-]?)(?<whole>\d{1,18})(?:\.(?<fraction>\d+))?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex PlainNumber();
}
