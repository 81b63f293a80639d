using System.Globalization;
using System.Text.Json;
using NodaTime;
using Overgang.Letters;
using Overgang.Rules;
using Overgang.Rules.Explanations;
using Overgang.Web.Households;
using Overgang.Web.Languages;
using Overgang.Web.Outlook;
using Overgang.Web.Components.Shared;

namespace Overgang.Web.Components.Pages.Households;

/// <summary>The words of the household case file in the page's language; rule texts come from <see cref="Overgang.Rules.Texts.RuleTexts"/>.</summary>
internal static class CaseFileTexts
{
    /// <summary>A member's name as the page shows it: in Cyrillic on the Ukrainian page where the registry holds it.</summary>
    public static string Name(MemberView m, LetterLanguage l) =>
        l == LetterLanguage.Ukrainian && m.GivenNameCyrillic is { Length: > 0 } given && m.FamilyNameCyrillic is { Length: > 0 } family
            ? (given + " " + family).Replace('\'', 'ʼ')
            : m.GivenName + " " + m.FamilyName;

    /// <summary>The name of a member by id (the id itself only for a person outside the household, which should not happen).</summary>
    public static string Name(HouseholdView h, string personId, LetterLanguage l) => h.Members.FirstOrDefault(m => m.Id == personId) is { } m ? Name(m, l) : personId;

    /// <summary>The household's family names, for the heading ("Kovalenko", "Kovalenko en Shevchenko").</summary>
    public static string Families(HouseholdView h, LetterLanguage l)
    {
        var names = h.Members.Select(m => l == LetterLanguage.Ukrainian && m.FamilyNameCyrillic is { Length: > 0 } c ? c.Replace('\'', 'ʼ') : m.FamilyName)
            .Distinct(StringComparer.Ordinal).ToList();
        return names.Count switch
        {
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + l.T(" en ", " і ", " and ") + names[^1],
        };
    }

    /// <summary>The persons a task line applies to.</summary>
    public static string Persons(HouseholdView h, TaskLine line, LetterLanguage l) =>
        line.WholeHousehold ? l.T("het hele huishouden", "усе домогосподарство", "the whole household") : string.Join(", ", line.PersonIds.Select(p => Name(h, p, l)));

    /// <summary>The text of a task line.</summary>
    public static string Task(TaskLine line, LetterLanguage l) => line.Code is { } code ? Overgang.Rules.Texts.RuleTexts.Task(code, l.ToRules()) : line.Text;

    /// <summary>An explanation item of the allowance in words, in the page's language, with the members' names for their ids.</summary>
    public static string Explain(HouseholdView h, ExplanationView e, LetterLanguage l) =>
        Overgang.Rules.Texts.RuleTexts.Explain(e.Step ?? new ExplanationItem(e.Rule, e.Reference, e.Text, e.Value is { } v ? Money.FromEuros(v) : null), l.ToRules(),
            id => h.Members.FirstOrDefault(m => m.Id == id) is { } member ? Name(member, l) : null);

    /// <summary>A decision reason in words.</summary>
    public static string Reason(JsonElement reason, LetterLanguage l) =>
        Overgang.Rules.Texts.RuleTexts.Reason(Text(reason, "rule"), Text(reason, "text"), l.ToRules());

    /// <summary>A string property of a stored explanation, or empty.</summary>
    public static string Text(JsonElement element, string name) => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    /// <summary>The items of a list of a stored explanation.</summary>
    public static IEnumerable<JsonElement> Items(JsonElement explanation, string name) =>
        explanation.ValueKind == JsonValueKind.Object && explanation.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : [];

    /// <summary>A moment as local date and time in the language ("3 maart 2027, 14:05").</summary>
    public static string Moment(Instant at, LetterLanguage l)
    {
        var local = at.InZone(LegalDay.Zone).LocalDateTime;
        return Texts.Date(local.Date, l) + ", " + local.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>Who made a change: the account's name, or the system's run, import or generation.</summary>
    public static string Actor(HistoryView e, LetterLanguage l) => e.Actor switch
    {
        _ when e.ActorName is { } name => name,
        var a when a.StartsWith("system:run/", StringComparison.Ordinal) => l.T("Overgang (verwerking)", "Overgang (обробка)", "Overgang (batch run)"),
        var a when a.StartsWith("generate:", StringComparison.Ordinal) => l.T("Overgang (demogegevens)", "Overgang (демонстраційні дані)", "Overgang (demo data)"),
        var a when a.StartsWith("import", StringComparison.Ordinal) => l.T("Overgang (import)", "Overgang (імпорт)", "Overgang (import)"),
        var a => a,
    };

    /// <summary>What a change did, in plain words.</summary>
    public static string Change(HouseholdView h, HistoryView e, LetterLanguage l)
    {
        var who = e.PersonId is { } p ? Name(h, p, l) : l.T("het huishouden", "домогосподарство", "the household");
        return e.Action switch
        {
            "person.update" => l.T($"Gegevens van {who} gewijzigd: {Fields(e, l)}", $"Змінено дані {who}: {Fields(e, l)}", $"Details of {who} changed: {Fields(e, l)}"),
            "person.create" => l.T($"{who} ingeschreven", $"{who} зареєстровано", $"{who} registered"),
            "decision.record" => l.T($"Besluit over de overgang voor {who} vastgelegd", $"Записано рішення щодо переходу для {who}", $"Transition decision recorded for {who}"),
            "allowance.record" => l.T("Leefgeld en eigen bijdrage van de maand vastgelegd", "Записано допомогу на проживання та власний внесок за місяць", "The month's living allowance and own contribution recorded"),
            "task.done" => l.T($"Taak van {who} afgerond", $"Завдання {who} виконано", $"Task of {who} marked done"),
            "person.report-change" => l.T($"{who} gaf een verandering door", $"{who} повідомив(ла) про зміну", $"{who} reported a change"),
            "transitional-stay.decide" => l.T($"Overgangsverblijf van {who} beoordeeld", $"Розглянуто перехідне перебування {who}", $"Transitional stay of {who} assessed"),
            "return-programme.change" => l.T($"Terugkeerprogramma van {who} gewijzigd", $"Змінено програму повернення {who}", $"Return programme of {who} changed"),
            var a when a.StartsWith("absence.", StringComparison.Ordinal) => l.T($"Afwezigheid van {who} vastgelegd", $"Записано відсутність {who}", $"Absence of {who} recorded"),
            var a when a.StartsWith("relation.", StringComparison.Ordinal) => l.T($"Relatie van {who} vastgelegd", $"Записано стосунки {who}", $"Relation of {who} recorded"),
            var a when a.StartsWith("return-commitment.", StringComparison.Ordinal) => l.T($"Terugkeerverklaring van {who} vastgelegd", $"Записано зобовʼязання щодо повернення {who}", $"Return commitment of {who} recorded"),
            var a when a.StartsWith("other-permit.", StringComparison.Ordinal) => l.T($"Andere verblijfsvergunning van {who} vastgelegd", $"Записано інший дозвіл на проживання {who}", $"Other residence permit of {who} recorded"),
            var a when a.StartsWith("protection.", StringComparison.Ordinal) => l.T($"Registratie van bescherming van {who} vastgelegd", $"Записано реєстрацію захисту {who}", $"Protection registration of {who} recorded"),
            _ => l.T($"Gegevens van {who} gewijzigd", $"Змінено дані {who}", $"Details of {who} changed"),
        };
    }

    private static string Fields(HistoryView e, LetterLanguage l) => e.Fields.IsDefaultOrEmpty
        ? l.T("gegevens", "дані", "details")
        : string.Join(", ", e.Fields.Select(f => Field(f, l)).Distinct(StringComparer.Ordinal));

    private static string Field(string key, LetterLanguage l) => key switch
    {
        "asylumApplication" => l.T("asielaanvraag", "заява про притулок", "asylum application"),
        "asylumWithdrawnOn" => l.T("datum intrekking asielaanvraag", "дата відкликання заяви про притулок", "date the asylum application was withdrawn"),
        "publicOrderCheck" => l.T("toets openbare orde", "перевірка громадського порядку", "public-order check"),
        "medicalTreatment" => l.T("medische behandeling", "медичне лікування", "medical treatment"),
        "relation.partner" => l.T("partner", "партнер або партнерка", "partner"),
        "relation.parent" => l.T("ouder of verzorger", "батьки або опікун", "parent or guardian"),
        "relation.child" => l.T("kind", "дитина", "child"),
        var k when k.StartsWith("income.", StringComparison.Ordinal) && NodaTime.Text.YearMonthPattern.Iso.Parse(k["income.".Length..]) is { Success: true } m
            => l.T($"inkomen {Texts.Month(m.Value, l)}", $"дохід за {Texts.Month(m.Value, l)}", $"income {Texts.Month(m.Value, l)}"),
        _ => l.T("gegevens", "дані", "details"),
    };

    /// <summary>An amount kept on one line.</summary>
    public static string Amount(decimal euros, LetterLanguage l) => Texts.Euro(euros, l).Replace(' ', '\u00A0');

    /// <summary>The amount of a period of the outlook, or <c>null</c>.</summary>
    public static decimal? OutlookAmount(OutlookPeriod period) => period.Provision switch
    {
        "allowance" => period.Allowance,
        "social-assistance" => period.SocialAssistance,
        _ => null,
    };

    /// <summary>What holds in a period of the outlook.</summary>
    public static string Holds(OutlookPeriod period, LetterLanguage l)
    {
        var n = period.Members;
        var persons = l.T(n == 1 ? "1 persoon" : $"{n} personen", $"осіб: {n}", n == 1 ? "1 person" : $"{n} persons");
        return (period.Outcome, period.Provision) switch
        {
            ("calculated", "allowance") => l.T($"leefgeld ({persons})", $"допомога на проживання ({persons})", $"living allowance ({persons})"),
            ("calculated", "social-assistance") => l.T($"bijstand, schatting ({persons})", $"соціальна допомога (bijstand), оцінка ({persons})", $"social assistance, estimate ({persons})"),
            ("calculated", _) => l.T("voorzieningen beëindigd", "забезпечення припинено", "provisions ended"),
            ("not-in-scheme", _) => l.T("niet in de gemeentelijke regeling", "не в муніципальній програмі", "not in the municipal scheme"),
            _ => Texts.Outcome(period.Outcome, l),
        };
    }

    /// <summary>One change of the outlook in words.</summary>
    public static string Change(OutlookChange c, LetterLanguage l)
    {
        var d = Texts.Date(c.Month.OnDayOfMonth(1), l);
        var amount = c.Amount is { } a ? Amount(a, l) : "";
        var previous = c.Previous is { } p ? Amount(p, l) : "";
        return (c.Kind, c.Reason) switch
        {
            ("allowance-stops", "hand-over") => l.T($"Leefgeld stopt per {d}: overdracht naar de bijstand.", $"Допомога на проживання припиняється з {d}: передача до соціальної допомоги (bijstand).", $"Living allowance stops from {d}: handed over to social assistance."),
            ("allowance-stops", "departure") => l.T($"Leefgeld en opvang stoppen per {d}: vertrek (terugkeerprogramma).", $"Допомога на проживання й розміщення припиняються з {d}: виїзд (програма повернення).", $"Living allowance and reception stop from {d}: departure (return programme)."),
            ("allowance-stops", "asylum-reception") => l.T($"Leefgeld stopt per {d}: over naar de asielopvang (COA).", $"Допомога на проживання припиняється з {d}: перехід до розміщення для шукачів притулку (COA).", $"Living allowance stops from {d}: moves to asylum reception (COA)."),
            ("allowance-stops", "other-status") => l.T($"Leefgeld en opvang stoppen per {d}: andere verblijfsstatus of geen recht meer.", $"Допомога на проживання й розміщення припиняються з {d}: інший статус проживання або права більше немає.", $"Living allowance and reception stop from {d}: other residence status or no longer entitled."),
            ("allowance-stops", "absence") => l.T($"Leefgeld stopt per {d}: langer afwezig dan toegestaan.", $"Допомога на проживання припиняється з {d}: відсутність довша, ніж дозволено.", $"Living allowance stops from {d}: away longer than allowed."),
            ("allowance-stops" or "social-assistance-stops", "not-in-scheme") => l.T($"Per {d} niet meer in de gemeentelijke regeling.", $"З {d} більше не в муніципальній програмі.", $"From {d} no longer in the municipal scheme."),
            ("allowance-stops", _) => l.T($"Leefgeld stopt per {d}.", $"Допомога на проживання припиняється з {d}.", $"Living allowance stops from {d}."),
            ("social-assistance-stops", _) => l.T($"Bijstand stopt per {d}.", $"Соціальна допомога (bijstand) припиняється з {d}.", $"Social assistance stops from {d}."),
            ("social-assistance-starts", _) => l.T($"Bijstand per {d}: schatting {amount} per maand. Het huishouden moet bijstand aanvragen.", $"Соціальна допомога (bijstand) з {d}: оцінка {amount} на місяць. Домогосподарство має подати заяву.", $"Social assistance from {d}: estimate {amount} a month. The household must apply for it."),
            ("social-assistance-changes", _) => l.T($"Bijstand per {d}: schatting {amount} per maand (was {previous}).", $"Соціальна допомога (bijstand) з {d}: оцінка {amount} на місяць (було {previous}).", $"Social assistance from {d}: estimate {amount} a month (was {previous})."),
            ("allowance-changes", _) => l.T($"Leefgeld per {d}: {amount} per maand (was {previous}).", $"Допомога на проживання з {d}: {amount} на місяць (було {previous}).", $"Living allowance from {d}: {amount} a month (was {previous})."),
            ("contribution-starts", _) => l.T($"Eigen bijdrage per {d}: {amount} per maand.", $"Власний внесок з {d}: {amount} на місяць.", $"Own contribution from {d}: {amount} a month."),
            ("contribution-continues", _) => l.T($"Eigen bijdrage loopt na {d} door zolang het huishouden in de gemeentelijke opvang woont: {amount} per maand.", $"Власний внесок після {d} триває, доки домогосподарство живе в муніципальному розміщенні: {amount} на місяць.", $"Own contribution continues after {d} while the household lives in municipal reception: {amount} a month."),
            ("contribution-changes", _) => l.T($"Eigen bijdrage per {d}: {amount} per maand (was {previous}).", $"Власний внесок з {d}: {amount} на місяць (було {previous}).", $"Own contribution from {d}: {amount} a month (was {previous})."),
            ("contribution-stops", _) => l.T($"Eigen bijdrage stopt per {d} (was {previous} per maand).", $"Власний внесок припиняється з {d} (було {previous} на місяць).", $"Own contribution stops from {d} (was {previous} a month)."),
            ("health-insurance-starts", _) => l.T($"Zorgverzekeringsplicht vanaf {Texts.Date(c.Date, l)}: basisverzekering afsluiten vóór die datum.", $"Обовʼязкове медичне страхування з {Texts.Date(c.Date, l)}: оформити базове страхування (basisverzekering) до цієї дати.", $"Health insurance required from {Texts.Date(c.Date, l)}: take out basic insurance before that date."),
            ("provisions-end", _) => l.T($"Geen voorzieningen van de gemeente meer per {d}.", $"З {d} громада більше нічого не надає.", $"No more provisions from the municipality from {d}."),
            ("separate-household", _) => l.T($"Per {d} een eigen leefgeldhuishouden.", $"З {d} окреме домогосподарство для допомоги на проживання.", $"From {d} a separate allowance household."),
            _ => l.T($"Per {d} niet te berekenen.", $"З {d} неможливо розрахувати.", $"From {d} cannot be calculated."),
        };
    }
}
