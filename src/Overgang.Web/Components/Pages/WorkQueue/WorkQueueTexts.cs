using Overgang.Letters;
using Overgang.Rules.Texts;
using Overgang.Rules.Transition;
using Overgang.Web.Components.Shared;
using Overgang.Web.Languages;
using Overgang.Web.WorkQueue;

namespace Overgang.Web.Components.Pages.WorkQueue;

/// <summary>The work queue page's texts: owners, actions and flags through the rules' texts, the page's own messages per language.</summary>
internal static class WorkQueueTexts
{
    /// <summary>The action codes a decision can wait on, in the order the filter offers them.</summary>
    public static IReadOnlyList<string> ActionCodes { get; } =
        ["complete-public-order-check", "decide-permit-application", "establish-asylum-pending-on-tcn-end", "withdraw-asylum-application", "sign-return-commitment", "agree-departure-date"];

    /// <summary>An action's text: by its code where it has one, else as stored.</summary>
    public static string Action(string action, LetterLanguage l) => TaskTexts.TextOf(action) is null ? action : RuleTexts.Task(action, l.ToRules());

    /// <summary>A sort field's name.</summary>
    public static string Sort(string field, LetterLanguage l) => field switch
    {
        "name" => l.T("naam", "імʼя", "name"),
        "municipality" => l.T("gemeente", "муніципалітет", "municipality"),
        "action" => l.T("actie", "дія", "action"),
        _ => l.T("uiterste datum", "кінцевий термін", "due date"),
    };

    /// <summary>Why a query value or a bulk step was refused, naming the field.</summary>
    public static string Refusal(string field, LetterLanguage l) => field switch
    {
        "owner" => l.T("Onbekende eigenaar: kies IND, de persoon, de gemeente of DTenV.", "Невідомий виконавець: оберіть IND, особу, муніципалітет або DTenV.", "Unknown owner: choose the IND, the person, the municipality or DTenV."),
        "action" => l.T("Onbekende actie: kies een actie uit de lijst.", "Невідома дія: оберіть дію зі списку.", "Unknown action: choose an action from the list."),
        "municipality" => l.T("Onbekende gemeente: kies een gemeente uit de lijst.", "Невідомий муніципалітет: оберіть муніципалітет зі списку.", "Unknown municipality: choose a municipality from the list."),
        "overdue" => l.T("‘Te laat’ is aan of uit.", "«Прострочено» може бути лише увімкнено або вимкнено.", "‘Overdue’ is either on or off."),
        "flag" => l.T("Onbekend signaal: kies een signaal uit de lijst.", "Невідома позначка: оберіть позначку зі списку.", "Unknown flag: choose a flag from the list."),
        "assignee" => l.T("Onbekende medewerker: geef de gebruikersnaam van een IND-medewerker.", "Невідомий працівник: вкажіть імʼя користувача працівника IND.", "Unknown employee: give the user name of an IND employee."),
        "due" => l.T("Geen geldige datum: gebruik de datumkiezer.", "Недійсна дата: скористайтеся вибором дати.", "Not a valid date: use the date picker."),
        "sort" => l.T("Onbekende sortering: kies een sortering uit de lijst.", "Невідоме сортування: оберіть сортування зі списку.", "Unknown sort order: choose one from the list."),
        "page" => l.T("Geen geldig paginanummer.", "Недійсний номер сторінки.", "Not a valid page number."),
        "selected" => l.T("Kies een of meer openstaande acties in de lijst (hoogstens " + WorkQueueSelection.Maximum + "); personen zonder signaal hebben niets te beoordelen.",
            "Оберіть одну або кілька відкритих дій у списку (не більше " + WorkQueueSelection.Maximum + "); особи без позначок не потребують перевірки.",
            "Select one or more open actions in the list (at most " + WorkQueueSelection.Maximum + "); persons without flags have nothing to review."),
        _ => l.T("Deze invoer is niet geldig.", "Ці дані недійсні.", "This input is not valid."),
    };

    /// <summary>The question before a bulk step.</summary>
    public static string Confirm(string operation, int persons, LetterLanguage l) => operation switch
    {
        "assign" => l.T($"De gekozen acties van {Numbers.Count(persons, l)} personen aan u toewijzen?", $"Призначити вам вибрані дії {Numbers.Count(persons, l)} осіб?", $"Assign the selected actions of {Numbers.Count(persons, l)} persons to you?"),
        "unassign" => l.T($"De toewijzing van de gekozen acties van {Numbers.Count(persons, l)} personen opheffen?", $"Скасувати призначення вибраних дій {Numbers.Count(persons, l)} осіб?", $"Remove the assignment of the selected actions of {Numbers.Count(persons, l)} persons?"),
        _ => l.T($"De signalen van {Numbers.Count(persons, l)} personen als beoordeeld markeren?", $"Позначити позначки {Numbers.Count(persons, l)} осіб як перевірені?", $"Mark the flags of {Numbers.Count(persons, l)} persons as reviewed?"),
    };

    /// <summary>What a bulk step did.</summary>
    public static string Done(WorkQueueChange change, LetterLanguage l) => change.Operation switch
    {
        "assign" => l.T($"Toegewezen: acties van {Numbers.Count(change.Persons.Length, l)} personen.", $"Призначено: дії {Numbers.Count(change.Persons.Length, l)} осіб.", $"Assigned: actions of {Numbers.Count(change.Persons.Length, l)} persons."),
        "unassign" => l.T($"Toewijzing opgeheven: acties van {Numbers.Count(change.Persons.Length, l)} personen.", $"Призначення скасовано: дії {Numbers.Count(change.Persons.Length, l)} осіб.", $"Assignment removed: actions of {Numbers.Count(change.Persons.Length, l)} persons."),
        _ => l.T($"Signalen beoordeeld: {Numbers.Count(change.Persons.Length, l)} personen.", $"Позначки перевірено: {Numbers.Count(change.Persons.Length, l)} осіб.", $"Flags reviewed: {Numbers.Count(change.Persons.Length, l)} persons."),
    };
}
