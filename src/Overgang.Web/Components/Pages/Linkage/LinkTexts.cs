using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Overgang.Letters;
using Overgang.Registry.Linkage;
using Overgang.Web.Languages;

namespace Overgang.Web.Components.Pages.Linkage;

/// <summary>The words the record-linkage review pages share: bands, outcomes, weights and member states in the page's language.</summary>
internal static class LinkTexts
{
    public static string Band(string band, LetterLanguage language) => band switch
    {
        "match" => language.T("Waarschijnlijk dezelfde persoon", "Ймовірно, та сама особа", "Probably the same person"),
        _ => language.T("Twijfelgeval, beoordelen", "Сумнівний випадок, потребує перевірки", "Doubtful, to be reviewed"),
    };

    public static string Status(string status, LetterLanguage language) => status switch
    {
        LinkReview.SamePerson => language.T("Beoordeeld: dezelfde persoon", "Вирішено: та сама особа", "Decided: the same person"),
        LinkReview.DifferentPersons => language.T("Beoordeeld: verschillende personen", "Вирішено: різні особи", "Decided: different persons"),
        _ => language.T("Nog te beoordelen", "Ще не вирішено", "Still to be decided"),
    };

    public static string Field(string field, LetterLanguage language) => field switch
    {
        "family-name" => language.T("Achternaam", "Прізвище", "Family name"),
        "given-name" => language.T("Voornamen", "Імʼя", "Given names"),
        "birth-date" => language.T("Geboortedatum", "Дата народження", "Date of birth"),
        "sex" => language.T("Geslacht", "Стать", "Sex"),
        "nationality" => language.T("Nationaliteit", "Громадянство", "Nationality"),
        "document-number" => language.T("Documentnummer", "Номер документа", "Document number"),
        _ => language.T("Ander gegeven", "Інше поле", "Other field"),
    };

    public static string Outcome(StoredEvidence evidence, LetterLanguage language) => evidence.Outcome switch
    {
        "agree" => language.T("Komt overeen", "Збігається", "Agrees"),
        "partial" => language.T("Komt deels overeen", "Частково збігається", "Partly agrees") + ": " + Level(evidence.Label, language),
        "disagree" => language.T("Komt niet overeen", "Не збігається", "Disagrees"),
        _ => language.T("Ontbreekt aan een of beide kanten", "Відсутнє з одного або обох боків", "Missing on one or both sides"),
    };

    /// <summary>The comparison level's English label (src/Overgang.Linkage/Comparison/LinkField.cs) in the page's language.</summary>
    public static string Level(string label, LetterLanguage language) => label switch
    {
        "same name, other transliteration" => language.T("dezelfde naam in een andere transliteratie", "те саме імʼя в іншій транслітерації", "the same name in another transliteration"),
        "equivalent name in another language" => language.T("dezelfde naam in de vorm van een andere taal (zoals Mykola en Nikolai)", "те саме імʼя у формі іншої мови (як Микола і Николай)", "the same name in another language's form (such as Mykola and Nikolai)"),
        "equivalent names (encoded class)" => language.T("de versleutelde namen zijn vormen van dezelfde naam in verschillende talen", "зашифровані імена — форми того самого імені різними мовами", "the encoded names are forms of one name in different languages"),
        "similar spelling" => language.T("gelijkende spelling", "схоже написання", "similar spelling"),
        "encodings very similar" => language.T("de versleutelde namen lijken sterk op elkaar", "зашифровані імена дуже схожі", "the encoded names are very similar"),
        "encodings similar" => language.T("de versleutelde namen lijken op elkaar", "зашифровані імена схожі", "the encoded names are similar"),
        "day and month swapped" or "day and month swapped (encodings)" => language.T("dag en maand omgewisseld", "день і місяць переставлені", "day and month swapped"),
        "one digit off" or "one digit off (encodings)" => language.T("één cijfer verschilt", "відрізняється одна цифра", "one digit differs"),
        "same year" => language.T("alleen het jaar is gelijk", "збігається лише рік", "only the year is the same"),
        _ => language.T("gelijkend", "схоже", "similar"),
    };

    public static string Strength(StoredEvidence evidence, LetterLanguage language) => evidence.Strength switch
    {
        "strong-for" => language.T("Sterk voor dezelfde persoon", "Сильно на користь тієї самої особи", "Strongly for the same person"),
        "some-for" => language.T("Enigszins voor dezelfde persoon", "Дещо на користь тієї самої особи", "Somewhat for the same person"),
        "some-against" => language.T("Enigszins tegen dezelfde persoon", "Дещо проти тієї самої особи", "Somewhat against the same person"),
        "strong-against" => language.T("Sterk tegen dezelfde persoon", "Сильно проти тієї самої особи", "Strongly against the same person"),
        _ => language.T("Maakt weinig uit", "Майже не впливає", "Makes little difference"),
    };

    public static string Probability(double probability, LetterLanguage language)
    {
        var percent = Math.Round(probability * 100, 1).ToString("0.0", CultureInfo.InvariantCulture);
        if (probability > 0.999)
        {
            return language.T("meer dan 99,9%", "понад 99,9\u00A0%", "over 99.9%");
        }

        return language == LetterLanguage.English ? percent + "%" : percent.Replace('.', ',') + (language == LetterLanguage.Ukrainian ? "\u00A0%" : "%");
    }

    /// <summary>A birth date as sent (<c>YYYY-MM-DD</c> or <c>YYYY</c>) in the page's notation.</summary>
    public static string BirthDate(string? value, LetterLanguage language)
    {
        if (string.IsNullOrEmpty(value))
        {
            return NotGiven(language);
        }

        var parsed = LocalDatePattern.Iso.Parse(value);
        return parsed.Success ? language.Date(parsed.Value) : value;
    }

    public static string Date(LocalDate? date, LetterLanguage language) => date is { } d ? language.Date(d) : NotGiven(language);

    public static string Sex(string? sex, LetterLanguage language) => sex switch
    {
        "F" or "V" => language.T("Vrouw", "Жінка", "Female"),
        "M" => language.T("Man", "Чоловік", "Male"),
        null or "" => NotGiven(language),
        _ => language.T("Anders", "Інше", "Other"),
    };

    public static string Nationality(string? nationality, LetterLanguage language) => nationality switch
    {
        "UKR" or "UA" => language.T("Oekraïens", "Українське", "Ukrainian"),
        null or "" => NotGiven(language),
        _ => language.T("Andere nationaliteit", "Інше громадянство", "Other nationality") + " (" + nationality + ")",
    };

    public static string NotGiven(LetterLanguage language) => language.T("niet bekend", "невідомо", "not known");

    /// <summary>A member state by name in the page's language; <c>NL</c> is the Dutch registry itself.</summary>
    public static string MemberState(string? code, LetterLanguage language) => code switch
    {
        "NL" => language.T("Nederland", "Нідерланди", "Netherlands"),
        "AT" => language.T("Oostenrijk", "Австрія", "Austria"),
        "BE" => language.T("België", "Бельгія", "Belgium"),
        "BG" => language.T("Bulgarije", "Болгарія", "Bulgaria"),
        "CY" => language.T("Cyprus", "Кіпр", "Cyprus"),
        "CZ" => language.T("Tsjechië", "Чехія", "Czechia"),
        "DE" => language.T("Duitsland", "Німеччина", "Germany"),
        "DK" => language.T("Denemarken", "Данія", "Denmark"),
        "EE" => language.T("Estland", "Естонія", "Estonia"),
        "ES" => language.T("Spanje", "Іспанія", "Spain"),
        "FI" => language.T("Finland", "Фінляндія", "Finland"),
        "FR" => language.T("Frankrijk", "Франція", "France"),
        "GR" or "EL" => language.T("Griekenland", "Греція", "Greece"),
        "HR" => language.T("Kroatië", "Хорватія", "Croatia"),
        "HU" => language.T("Hongarije", "Угорщина", "Hungary"),
        "IE" => language.T("Ierland", "Ірландія", "Ireland"),
        "IT" => language.T("Italië", "Італія", "Italy"),
        "LT" => language.T("Litouwen", "Литва", "Lithuania"),
        "LU" => language.T("Luxemburg", "Люксембург", "Luxembourg"),
        "LV" => language.T("Letland", "Латвія", "Latvia"),
        "MT" => language.T("Malta", "Мальта", "Malta"),
        "PL" => language.T("Polen", "Польща", "Poland"),
        "PT" => language.T("Portugal", "Португалія", "Portugal"),
        "RO" => language.T("Roemenië", "Румунія", "Romania"),
        "SE" => language.T("Zweden", "Швеція", "Sweden"),
        "SI" => language.T("Slovenië", "Словенія", "Slovenia"),
        "SK" => language.T("Slowakije", "Словаччина", "Slovakia"),
        "NO" => language.T("Noorwegen", "Норвегія", "Norway"),
        "CH" => language.T("Zwitserland", "Швейцарія", "Switzerland"),
        "IS" => language.T("IJsland", "Ісландія", "Iceland"),
        "LI" => language.T("Liechtenstein", "Ліхтенштейн", "Liechtenstein"),
        null or "" => NotGiven(language),
        _ => language.T("Andere lidstaat", "Інша держава-член", "Other member state") + " (" + code + ")",
    };

    /// <summary>Where the other side is registered: another member state, or a second registry person in the Netherlands.</summary>
    public static string OtherRegister(string kind, string register, LetterLanguage language) =>
        kind == "registry" ? language.T("Tweede inschrijving in Nederland", "Другий запис у Нідерландах", "Second registration in the Netherlands") : MemberState(register, language);
}
