using Overgang.Letters;
using Overgang.Web.Languages;

namespace Overgang.Web.Components.Pages.ReturnProgramme;

/// <summary>The words the return-programme pages share, in the page's language.</summary>
internal static class ReturnTexts
{
    public static string Stage(string stage, LetterLanguage l) => stage switch
    {
        "enrolled" => l.T("Aangemeld, vertrekdatum afgesproken", "Зареєстровано, дату виїзду погоджено", "Enrolled, departure date agreed"),
        "date-to-be-agreed" => l.T("Aangemeld, vertrekdatum nog af te spreken", "Зареєстровано, дату виїзду ще треба погодити", "Enrolled, departure date to be agreed"),
        "agreed-date-passed" => l.T("Afgesproken vertrekdatum verstreken zonder bevestigd vertrek", "Погоджена дата виїзду минула, а виїзд не підтверджено", "Agreed departure date passed without a confirmed departure"),
        "withdrawn" => l.T("Deelname beëindigd", "Участь припинено", "Participation ended"),
        "departed" => l.T("Vertrokken", "Виїхав(-ла)", "Departed"),
        _ => stage,
    };

    public static string Step(string kind, LetterLanguage l) => kind switch
    {
        "sign-commitment" => l.T("Afspraken voor terugkeer ondertekenen", "Підписати домовленості про повернення", "Sign the return commitment"),
        "agree-departure-date" => l.T("Vertrekdatum afspreken", "Погодити дату виїзду", "Agree a departure date"),
        "provide-reception-until-departure" => l.T("Opvang en ondersteuning bieden tot het vertrek", "Надавати житло й підтримку до виїзду", "Provide reception and support until departure"),
        "depart" => l.T("Vertrekken", "Виїхати", "Leave"),
        "follow-up-missed-departure" => l.T("Nagaan waarom het vertrek niet plaatsvond", "Зʼясувати, чому виїзд не відбувся", "Follow up the missed departure"),
        "end-return-provisions" => l.T("Voorzieningen van het terugkeerprogramma beëindigen", "Припинити забезпечення за програмою повернення", "End the return programme's provisions"),
        "redecide-path" => l.T("Het pad opnieuw beslissen", "Повторно ухвалити рішення щодо шляху", "Decide the path again"),
        _ => kind,
    };

    public static string Component(string component, LetterLanguage l) => component switch
    {
        "travel-ticket" => l.T("Reisticket", "Квиток на дорогу", "Travel ticket"),
        "cash-contribution" => l.T("Financiële bijdrage", "Грошова допомога", "Cash contribution"),
        "in-kind-reintegration" => l.T("Ondersteuning in natura bij herintegratie", "Натуральна допомога з реінтеграцією", "Reintegration support in kind"),
        "documentation" => l.T("Hulp bij documenten", "Допомога з документами", "Help with documents"),
        _ => component,
    };

    public static string Course(string kind, LetterLanguage l) => kind switch
    {
        "reconstruction" => l.T("Cursus voor de wederopbouw", "Курс для відбудови", "Reconstruction course"),
        _ => l.T("Cursus vaardigheden", "Курс навичок", "Skills course"),
    };

    public static string By(string by, LetterLanguage l) => by switch
    {
        "person" => l.T("de persoon zelf", "сама особа", "the person"),
        "municipality" => l.T("de gemeente", "муніципалітет", "the municipality"),
        "dtenv" => "DTenV",
        "ind" => "IND",
        _ => by,
    };
}
