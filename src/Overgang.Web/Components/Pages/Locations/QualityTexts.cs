using Overgang.Letters;
using Overgang.Web.Components.Shared;
using Overgang.Web.Languages;

namespace Overgang.Web.Components.Pages.Locations;

/// <summary>The words of the quality sections and forms, in the page's language.</summary>
internal static class QualityTexts
{
    public static string Status(string status, LetterLanguage l) => status switch
    {
        "meets" => l.T("Voldoet", "Відповідає", "Meets"),
        "does-not-meet" => l.T("Voldoet niet", "Не відповідає", "Does not meet"),
        _ => l.T("Niet volledig beoordeeld", "Оцінено не повністю", "Not fully assessed"),
    };

    public static string Result(string result, LetterLanguage l) => result switch
    {
        "met" => l.T("Voldaan", "Виконано", "Met"),
        "not-met" => l.T("Niet voldaan", "Не виконано", "Not met"),
        _ => l.T("Niet beoordeeld", "Не оцінено", "Not assessed"),
    };

    /// <summary>A target group as a label: the rules' term (<c>group.*</c>) with a capital.</summary>
    public static string Group(string group, LetterLanguage l)
    {
        var term = Overgang.Rules.Texts.RuleTexts.Term("group." + group, l.ToRules());
        return string.Concat(term[..1].ToUpperInvariant(), term[1..]);
    }

    public static string Scheme(string? scheme, LetterLanguage l) => scheme switch
    {
        "booo" => l.T("Bekostigingsregeling opvang ontheemden Oekraïne (BooO)", "Порядок фінансування розміщення переміщених осіб з України", "Funding scheme for the reception of displaced people from Ukraine (BooO)"),
        "target-group-flexible" => l.T("Doelgroepflexibele opvangregeling", "Гнучкий порядок розміщення для різних цільових груп", "Target-group-flexible reception scheme"),
        _ => l.T("Onbekend", "Невідомо", "Unknown"),
    };

    public static string Framework(bool mandatory, LetterLanguage l) => mandatory
        ? l.T("Verplicht (RooO)", "Обовʼязковий (RooO)", "Mandatory (RooO)")
        : l.T("Aanvullend (AEF, niet verplicht)", "Додатковий (AEF, необовʼязковий)", "Additional (AEF, not mandatory)");

    public static string Category(string category, LetterLanguage l) => category switch
    {
        "housing" => l.T("Woonruimte", "Житло", "Housing"),
        "facilities" => l.T("Voorzieningen", "Зручності", "Facilities"),
        "safety" => l.T("Veiligheid", "Безпека", "Safety"),
        "treatment" => l.T("Bejegening", "Ставлення персоналу", "Treatment by staff"),
        "care" => l.T("Zorg", "Медична допомога", "Care"),
        _ => l.T("Overig", "Інше", "Other"),
    };

    public static string Language(string language, LetterLanguage l) => language switch
    {
        "uk" => l.T("Oekraïens", "Українська", "Ukrainian"),
        "nl" => l.T("Nederlands", "Нідерландська", "Dutch"),
        "en" => l.T("Engels", "Англійська", "English"),
        _ => l.T("Russisch", "Російська", "Russian"),
    };

    public static string Handling(string status, LetterLanguage l) => status switch
    {
        "received" => l.T("Ontvangen", "Отримано", "Received"),
        "acknowledged" => l.T("Ontvangst bevestigd", "Отримання підтверджено", "Acknowledged"),
        _ => l.T("Besloten", "Рішення ухвалено", "Decided"),
    };

    public static string Outcome(string? outcome, LetterLanguage l) => outcome switch
    {
        "upheld" => l.T("Gegrond", "Обґрунтована", "Upheld"),
        "partly-upheld" => l.T("Deels gegrond", "Частково обґрунтована", "Partly upheld"),
        "not-upheld" => l.T("Ongegrond", "Необґрунтована", "Not upheld"),
        "withdrawn" => l.T("Ingetrokken", "Відкликана", "Withdrawn"),
        _ => "–",
    };

    public static string Criterion(Overgang.Web.Quality.CriterionView c, LetterLanguage l) => l.T(c.Dutch, c.Ukrainian, c.English);

    public static string Criterion(string id, LetterLanguage l) =>
        Overgang.Rules.ReceptionQuality.QualityChecklist.Default.TryGet(id, out var c) ? l.T(c.Dutch, c.Ukrainian, c.English) : id;

    /// <summary>A problem of a form field in words: the recorder's messages are for the API.</summary>
    public static string Problem(string field, LetterLanguage l) => field switch
    {
        "date" or "received" => l.T("Vul een datum in die niet in de toekomst ligt; voor een inspectie: er is op die dag nog geen inspectie vastgelegd.", "Вкажіть дату, яка не є майбутньою; для перевірки: цього дня перевірку ще не зареєстровано.", "Enter a date that is not in the future; for an inspection: no inspection has been recorded on that day yet."),
        "inspector" => l.T("Vul in wie de inspectie deed (ten hoogste 200 tekens).", "Вкажіть, хто проводив перевірку (не більше 200 символів).", "Enter who inspected (200 characters at most)."),
        "notes" => l.T("De aantekeningen zijn te lang of bevatten tekens die niet zijn toegestaan.", "Нотатки задовгі або містять недозволені символи.", "The notes are too long or contain characters that are not allowed."),
        "category" => l.T("Kies waar de klacht over gaat.", "Оберіть, чого стосується скарга.", "Choose what the complaint is about."),
        "language" => l.T("Kies de taal van de klacht.", "Оберіть мову скарги.", "Choose the language of the complaint."),
        "text" => l.T("Schrijf de klacht op (ten hoogste 2000 tekens, geen bijzondere tekens).", "Запишіть скаргу (не більше 2000 символів, без спеціальних символів).", "Write down the complaint (2000 characters at most, no special characters)."),
        _ => l.T("Kies voor ten minste één criterium of eraan is voldaan.", "Оберіть щонайменше для одного критерію, чи його виконано.", "Choose for at least one criterion whether it was met."),
    };
}
