using Overgang.Letters;
using Overgang.Web.Languages;

namespace Overgang.Web.Components.Pages.Households;

/// <summary>The move form's problems in the page's language, by field and the shared validation's code (<see cref="Registry.Facts.Validation.FactError"/>).</summary>
internal static class PlacementTexts
{
    /// <summary>The message beside <paramref name="field"/> for a problem of kind <paramref name="code"/>.</summary>
    public static string Problem(string field, string? code, LetterLanguage l) => (field, code) switch
    {
        ("reception", _) => l.T("Kies de soort opvang.", "Оберіть вид розміщення.", "Choose the kind of reception."),
        ("locationId", "required") => l.T("Kies een opvanglocatie.", "Оберіть місце розміщення.", "Choose a reception location."),
        ("locationId", "unknown-location") => l.T("Deze opvanglocatie bestaat niet.", "Такого місця розміщення не існує.", "This reception location does not exist."),
        ("locationId", "location-kind") => l.T(
            "Deze locatie biedt een andere soort opvang. Kies de soort opvang van de locatie.",
            "Це місце розміщення пропонує інший вид розміщення. Оберіть вид розміщення цього місця.",
            "This location offers another kind of reception. Choose the location's kind of reception."),
        ("locationId", "location-closed") => l.T("Deze locatie is op die datum niet open.", "Це місце розміщення в цю дату не працює.", "This location is not open on that date."),
        ("locationId", "transfer") => l.T(
            "Deze locatie ligt in een andere gemeente. Een medewerker van de gemeente verhuist personen binnen de eigen gemeente; een overplaatsing naar een andere gemeente legt een beheerder vast.",
            "Це місце розміщення розташоване в іншому муніципалітеті. Працівник муніципалітету переселяє людей лише в межах свого муніципалітету; переведення до іншого муніципалітету реєструє адміністратор.",
            "This location lies in another municipality. A case worker moves persons within their own municipality; a transfer to another municipality is recorded by an administrator."),
        ("address", "required") => l.T("Vul het adres in.", "Вкажіть адресу.", "Enter the address."),
        ("address", _) => l.T("Het adres bevat tekens die niet zijn toegestaan.", "Адреса містить недопустимі символи.", "The address contains characters that are not allowed."),
        ("from", "required") => l.T("Vul de datum in waarop de verhuizing ingaat.", "Вкажіть дату переїзду.", "Enter the date the move takes effect."),
        ("from", "overlap") => l.T(
            "Er is al een plaatsing die op deze datum of later begint. Een verhuizing gaat in na de eerste dag van de laatste plaatsing.",
            "Уже є розміщення, що починається в цю дату або пізніше. Переїзд має починатися після першого дня останнього розміщення.",
            "There is already a placement starting on this date or later. A move starts after the first day of the last placement."),
        ("from", _) => l.T("Vul de datum in als dag-maand-jaar, zoals 15-03-2027.", "Вкажіть дату у форматі день.місяць.рік, наприклад 15.03.2027.", "Enter the date as day/month/year, such as 15/03/2027."),
        ("wholeHousehold", _) => l.T(
            "Een lid van het huishouden valt buiten uw gemeente. Verhuis de leden één voor één.",
            "Член домогосподарства перебуває поза межами вашого муніципалітету. Переселяйте членів по одному.",
            "A member of the household is outside your municipality. Move the members one by one."),
        _ => l.T("Controleer deze gegevens.", "Перевірте ці дані.", "Check this information."),
    };

    /// <summary>A person's name in the page's script: Cyrillic on a Ukrainian page where stored.</summary>
    public static string Name(Persons.PersonView person, LetterLanguage l) =>
        l == LetterLanguage.Ukrainian && person.GivenNameCyrillic is { } given && person.FamilyNameCyrillic is { } family
            ? $"{given} {family}"
            : $"{person.GivenName} {person.FamilyName}";

    /// <summary>The field id on the page for an API field name (<c>placement.locationId</c> → <c>locationId</c>).</summary>
    public static string Field(string apiField) => apiField.StartsWith("placement.", StringComparison.Ordinal) ? apiField["placement.".Length..] : apiField;
}
