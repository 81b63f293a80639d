using Overgang.Letters;
using Overgang.Registry.Stays;
using Overgang.Web.Languages;

namespace Overgang.Web.Components.Pages.Stays;

/// <summary>The words of the transitional-stay pages, per language.</summary>
internal static class StayTexts
{
    public static string Kind(string kind, LetterLanguage l) => kind == StayKinds.SchoolYear
        ? l.T("schooljaar afronden", "завершення навчального року", "completing the school year")
        : l.T("medische behandeling", "медичне лікування", "medical treatment");

    /// <summary>Why the rules refused a stay, in the page's language (the rules' reason is in English).</summary>
    public static string Refusal(string field, string message, LetterLanguage l) => field switch
    {
        "kind" when message.Contains("medical", StringComparison.Ordinal) => l.T(
            "Geen overgangsverblijf: de persoon staat niet geregistreerd als in medische behandeling.",
            "Перехідне перебування неможливе: особа не зареєстрована як така, що проходить медичне лікування.",
            "No transitional stay: the person is not recorded as undergoing medical treatment."),
        "kind" when message.Contains("school", StringComparison.Ordinal) => l.T(
            "Geen overgangsverblijf: in het huishouden is geen kind van schoolgaande leeftijd.",
            "Перехідне перебування неможливе: у домогосподарстві немає дитини шкільного віку.",
            "No transitional stay: the household has no child of school age."),
        "kind" => l.T("Kies de grond van het verblijf.", "Оберіть підставу перебування.", "Choose the ground of the stay."),
        "from" => l.T("Vul een geldige eerste dag in.", "Вкажіть правильний перший день.", "Enter a valid first day."),
        "until" => l.T("Vul een geldige laatste dag in, niet vóór de eerste dag.", "Вкажіть правильний останній день, не раніше за перший.", "Enter a valid last day, not before the first day."),
        "reason" => l.T("Vul de reden in (ten hoogste 2.000 tekens, zonder stuurtekens).", "Вкажіть причину (не більше 2 000 символів, без керівних символів).", "Enter the reason (2,000 characters at most, no control characters)."),
        "personId" => l.T("Voor deze persoon is geen inschrijving voor bescherming bekend.", "Для цієї особи немає реєстрації захисту.", "No protection registration is known for this person."),
        _ => l.T("Controleer uw invoer.", "Перевірте введені дані.", "Check what you entered."),
    };
}
