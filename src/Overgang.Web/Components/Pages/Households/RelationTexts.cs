using Overgang.Letters;
using Overgang.Web.Languages;
using Overgang.Web.Persons;

namespace Overgang.Web.Components.Pages.Households;

/// <summary>The relation form's words and problems in the page's language, by field and the shared validation's code (<see cref="Registry.Facts.Validation.FactError"/>).</summary>
internal static class RelationTexts
{
    /// <summary>The message beside <paramref name="field"/> for a problem of kind <paramref name="code"/>.</summary>
    public static string Problem(string field, string? code, LetterLanguage l) => (field, code) switch
    {
        ("action", _) => l.T("Kies of u een relatie toevoegt of beëindigt.", "Оберіть, чи додаєте ви стосунки, чи припиняєте їх.", "Choose whether you add or end a relation."),
        ("relation", _) => l.T("Kies de soort relatie.", "Оберіть вид стосунків.", "Choose the kind of relation."),
        ("relatedId", "required") => l.T("Kies een lid van het huishouden.", "Оберіть члена домогосподарства.", "Choose a member of the household."),
        ("relatedId", "unknown-person") => l.T("Deze persoon bestaat niet.", "Такої особи не існує.", "This person does not exist."),
        ("relatedId", "self") => l.T("Iemand kan geen relatie met zichzelf hebben.", "Людина не може мати стосунки сама із собою.", "A person cannot be related to themselves."),
        ("relatedId", "other-household") => l.T(
            "Deze persoon hoort bij een ander huishouden. Een relatie wordt binnen één huishouden vastgelegd.",
            "Ця особа належить до іншого домогосподарства. Стосунки записуються в межах одного домогосподарства.",
            "This person belongs to another household. A relation is recorded within one household."),
        ("relatedId", "has-partner") => l.T(
            "Deze persoon heeft al een partner. Beëindig eerst die relatie.",
            "Ця особа вже має партнера. Спочатку припиніть ці стосунки.",
            "This person already has a partner. End that relation first."),
        ("relatedId", "partner-has-partner") => l.T(
            "Het gekozen lid heeft al een partner. Beëindig eerst die relatie.",
            "Обраний член домогосподарства вже має партнера. Спочатку припиніть ці стосунки.",
            "The member chosen already has a partner. End that relation first."),
        ("relatedId", "not-related") => l.T(
            "Deze relatie is niet vastgelegd, dus kan ook niet worden beëindigd.",
            "Ці стосунки не записані, тому їх не можна припинити.",
            "This relation is not recorded, so it cannot be ended."),
        ("relatedId", "scope") => l.T(
            "Deze persoon valt buiten uw gemeente.",
            "Ця особа перебуває поза межами вашого муніципалітету.",
            "This person is outside your municipality."),
        ("from" or "to", "date") => l.T("Vul een datum in als JJJJ-MM-DD.", "Введіть дату у форматі РРРР-ММ-ДД.", "Enter a date as YYYY-MM-DD."),
        ("to", "not-with-add") => l.T(
            "Een nieuwe relatie heeft nog geen laatste dag. Voeg haar toe en beëindig haar daarna.",
            "Нові стосунки ще не мають останнього дня. Додайте їх, а потім припиніть.",
            "A new relation has no last day yet. Add it, then end it."),
        ("from", "not-with-end") => l.T(
            "Bij beëindigen vult u de laatste dag in, niet de eerste.",
            "Під час припинення вкажіть останній день, а не перший.",
            "When ending, fill in the last day, not the first."),
        ("to", "to-before-from") => l.T(
            "De laatste dag ligt vóór de eerste dag van de relatie.",
            "Останній день раніший за перший день стосунків.",
            "The last day is before the relation's first day."),
        ("from", "overlaps-ended") => l.T(
            "Een eerdere partnerrelatie van een van beiden liep tot of na deze dag. Vul een eerste dag in na het einde daarvan.",
            "Попередні партнерські стосунки одного з них тривали до цього дня або довше. Вкажіть перший день після їх завершення.",
            "An earlier partnership of one of them lasted until this day or later. Fill in a first day after its end."),
        ("from", "overlaps-period") => l.T(
            "Deze ouder of verzorger was al vastgelegd tot of na deze dag. Vul een eerste dag in na het einde van de vorige periode.",
            "Цього з батьків або опікуна вже було записано до цього дня або довше. Вкажіть перший день після завершення попереднього періоду.",
            "This parent or guardian was already recorded until this day or later. Fill in a first day after the end of the earlier period."),
        _ => l.T("Controleer deze gegevens.", "Перевірте ці дані.", "Check this information."),
    };

    /// <summary>A kind of relation, seen from the person edited.</summary>
    public static string Relation(string relation, LetterLanguage l) => relation switch
    {
        "partner" => l.T("Partner", "Партнер або партнерка", "Partner"),
        "parent" => l.T("Ouder of verzorger van deze persoon", "Один із батьків або опікун цієї особи", "Parent or guardian of this person"),
        _ => l.T("Kind van deze persoon (deze persoon is ouder of verzorger)", "Дитина цієї особи (ця особа — один із батьків або опікун)", "Child of this person (this person is the parent or guardian)"),
    };

    /// <summary>A member's name in the page's script: Cyrillic on a Ukrainian page where stored.</summary>
    public static string Name(HouseholdMember member, LetterLanguage l) =>
        l == LetterLanguage.Ukrainian && member.GivenNameCyrillic is { } given && member.FamilyNameCyrillic is { } family
            ? $"{given} {family}"
            : $"{member.GivenName} {member.FamilyName}";

    /// <summary>The field id on the page for an API field name (<c>relation.relatedId</c> → <c>relatedId</c>).</summary>
    public static string Field(string apiField) => apiField.StartsWith(RelationEditor.Prefix, StringComparison.Ordinal) ? apiField[RelationEditor.Prefix.Length..] : apiField;
}
