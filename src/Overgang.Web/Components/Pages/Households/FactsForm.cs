using System.Collections.Immutable;
using NodaTime.Text;
using Overgang.Letters;
using Overgang.Web.Languages;
using Overgang.Web.Persons;

namespace Overgang.Web.Components.Pages.Households;

/// <summary>The edit-facts form: the version read, and the facts a case worker corrects, as typed in the page's notation.</summary>
internal sealed class FactsForm
{
    public long Version { get; set; }

    public string? IncomeMonth { get; set; }

    public string? IncomeAmount { get; set; }

    public string? AsylumApplication { get; set; }

    public string? PublicOrderCheck { get; set; }

    public bool MedicalTreatment { get; set; }

    /// <summary>The ground of another permit, or empty for none.</summary>
    public string? PermitKind { get; set; }

    public string? PermitValidUntil { get; set; }

    /// <summary><c>signed</c>, <c>unsigned</c>, or empty while not enrolled.</summary>
    public string? Commitment { get; set; }

    public string? DepartureDate { get; set; }

    public string? AbsenceFrom { get; set; }

    public string? AbsenceTo { get; set; }

    public bool AbsenceReported { get; set; }

    /// <summary>
    /// The change the form asks for, amounts and dates read in the page's notation (<see cref="Numbers"/>); what cannot
    /// be read is passed on as typed, so that the shared validation names it with every other field at fault.
    /// </summary>
    public FactsUpdate ToUpdate(LetterLanguage language, PersonView person)
    {
        decimal? amount = Numbers.TryParseEuros(IncomeAmount, language, out var cents) && cents >= 0 ? new Rules.Money(cents).Euros : null;
        OtherPermitUpdate? permit = string.IsNullOrEmpty(PermitKind)
            ? (person.OtherPermit is null ? null : new OtherPermitUpdate(null, null, Remove: true))
            : new OtherPermitUpdate(PermitKind, Date(PermitValidUntil, language));
        var commitment = string.IsNullOrEmpty(Commitment) ? null : new ReturnCommitmentUpdate(Commitment, Date(DepartureDate, language));
        var absence = string.IsNullOrWhiteSpace(AbsenceFrom) && string.IsNullOrWhiteSpace(AbsenceTo)
            ? null
            : new AbsenceUpdate(Date(AbsenceFrom, language), Date(AbsenceTo, language), AbsenceReported);
        return new FactsUpdate(
            MedicalTreatment, AsylumApplication, null, PublicOrderCheck, ImmutableArray.Create(new IncomeChange(IncomeMonth?.Trim(), amount)), null, permit, commitment, absence);
    }

    /// <summary>The form field an API field is shown beside.</summary>
    public static string FieldOf(string apiField) => apiField switch
    {
        "incomes[0].month" => "incomeMonth",
        "incomes[0].amount" or "incomes[0]" or "incomes" => "incomeAmount",
        "otherPermit.kind" => "permitKind",
        "otherPermit.validUntil" => "permitValidUntil",
        "returnCommitment.commitment" => "commitment",
        "returnCommitment.departureDate" => "departureDate",
        "absence.from" => "absenceFrom",
        "absence.to" => "absenceTo",
        _ => apiField,
    };

    /// <summary>The message beside a form field, in the page's language.</summary>
    public static string Message(string field, string? code, LetterLanguage l) => (field, code) switch
    {
        ("incomeMonth", _) => l.T("Vul de maand in als jaar en maand, zoals 2026-11.", "Вкажіть місяць як рік і місяць, наприклад 2026-11.", "Enter the month as year and month, such as 2026-11."),
        ("incomeAmount", _) => l.T(
            "Vul het inkomen in als een bedrag in euro van nul of meer, zoals 1.250,00.",
            "Вкажіть дохід як суму в євро, нуль або більше, наприклад 1 250,00.",
            "Enter the income as an amount in euros, zero or more, such as 1,250.00."),
        ("asylumApplication", _) => l.T("Kies een stand van de asielaanvraag.", "Оберіть стан заяви про притулок.", "Choose a state of the asylum application."),
        ("publicOrderCheck", _) => l.T("Kies een uitkomst van de toets openbare orde.", "Оберіть результат перевірки на загрозу громадському порядку.", "Choose an outcome of the public-order check."),
        ("permitKind", _) => l.T("Kies de grond van de andere verblijfsvergunning.", "Оберіть підставу іншого дозволу на проживання.", "Choose the ground of the other residence permit."),
        ("permitValidUntil", "required") => l.T("Vul in tot en met welke datum de vergunning geldig is.", "Вкажіть, до якої дати включно дійсний дозвіл.", "Enter the last day the permit is valid."),
        ("commitment", _) => l.T("Kies of de terugkeerverklaring is getekend.", "Оберіть, чи підписано зобовʼязання щодо повернення.", "Choose whether the return commitment is signed."),
        ("absenceFrom", "required") => l.T("Vul de eerste dag van de afwezigheid in.", "Вкажіть перший день відсутності.", "Enter the first day of the absence."),
        ("absenceTo", "required") => l.T("Vul de laatste dag van de afwezigheid in.", "Вкажіть останній день відсутності.", "Enter the last day of the absence."),
        ("absenceTo", "to-before-from") => l.T(
            "De laatste dag van de afwezigheid ligt vóór de eerste dag.",
            "Останній день відсутності раніший за перший.",
            "The last day of the absence is before the first day."),
        (_, _) => l.T("Vul de datum in als dag-maand-jaar, zoals 15-03-2027.", "Вкажіть дату у форматі день.місяць.рік, наприклад 15.03.2027.", "Enter the date as day/month/year, such as 15/03/2027."),
    };

    private static string? Date(string? text, LetterLanguage language) =>
        string.IsNullOrWhiteSpace(text) ? null : Numbers.TryParseDate(text, language, out var day) ? LocalDatePattern.Iso.Format(day) : text.Trim();
}
