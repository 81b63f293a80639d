using System.Collections.Immutable;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Overgang.Letters;
using Overgang.Web.Languages;
using Overgang.Web.Security;

namespace Overgang.Web.Components.Pages.Errors;

/// <summary>A link on an error page.</summary>
/// <param name="Href">The address, always one of this application's pages.</param>
/// <param name="Label">The link's text in the page's language.</param>
public sealed record ErrorLink(string Href, string Label);

/// <summary>
/// What an error page says, in the page's language: what went wrong, what was not found (an address, a household, a
/// person or a location, from the address asked for), whom to ask when access is refused (by the caller's role), when
/// to try again, and the incident reference of a server error. Never an exception's text.
/// </summary>
/// <param name="Title">The page's title and heading.</param>
/// <param name="Paragraphs">What went wrong and what to do.</param>
/// <param name="Links">Where to go from here.</param>
/// <param name="Incident">The reference of a server error for the helpdesk, else <c>null</c>.</param>
/// <param name="IncidentLabel">The words before the reference.</param>
public sealed record ErrorMessage(string Title, ImmutableArray<string> Paragraphs, ImmutableArray<ErrorLink> Links, string? Incident, string IncidentLabel)
{
    /// <summary>The message for a status on the current request.</summary>
    public static ErrorMessage For(HttpContext? context, int status, string? incident)
    {
        var l = LanguageSelection.Current(context);
        var start = new ErrorLink("/", l.T("Naar het begin", "На початок", "To the start"));
        var incidentLabel = l.T("Kenmerk voor de helpdesk:", "Номер для служби підтримки:", "Reference for the helpdesk:");
        return status switch
        {
            StatusCodes.Status400BadRequest => new(
                l.T("Verzoek niet te verwerken", "Запит не вдалося обробити", "The request could not be processed"),
                [
                    l.T("Wij konden dit verzoek niet verwerken. Misschien was het formulier verlopen, of klopte een waarde in het adres niet.", "Ми не змогли обробити цей запит. Можливо, час дії форми минув або в адресі було неправильне значення.", "We could not process this request. The form may have expired, or a value in the address was not valid."),
                    l.T("Ga terug, laad de pagina opnieuw en probeer het nog eens.", "Поверніться назад, оновіть сторінку й спробуйте ще раз.", "Go back, reload the page and try again."),
                ],
                [start], null, incidentLabel),
            StatusCodes.Status401Unauthorized => new(
                l.T("Niet ingelogd", "Ви не увійшли", "Not signed in"),
                [l.T("Voor deze pagina moet u ingelogd zijn.", "Щоб переглянути цю сторінку, потрібно увійти.", "You must be signed in to see this page.")],
                [new("/sign-in", l.T("Inloggen", "Увійти", "Sign in"))], null, incidentLabel),
            StatusCodes.Status403Forbidden => Forbidden(l, context, start, incidentLabel),
            StatusCodes.Status404NotFound => NotFound(l, context?.Request.Path ?? PathString.Empty, start, incidentLabel),
            StatusCodes.Status429TooManyRequests => new(
                l.T("Te veel verzoeken", "Забагато запитів", "Too many requests"),
                [
                    l.T("Er kwamen in korte tijd te veel verzoeken van u binnen.", "Від вас надійшло забагато запитів за короткий час.", "We received too many requests from you in a short time."),
                    RetryAfter(l, context),
                ],
                [start], null, incidentLabel),
            StatusCodes.Status503ServiceUnavailable when Overgang.Web.Errors.Incidents.FaultOf(context) is not null => new(
                l.T("Register tijdelijk niet bereikbaar", "Реєстр тимчасово недоступний", "The registry is temporarily unavailable"),
                [
                    l.T("Het register kan op dit moment niet worden gelezen of bijgewerkt. Wat al was opgeslagen, blijft bewaard. Hebt u net een wijziging verstuurd? Kijk dan, als het weer werkt, of die is opgeslagen voordat u haar opnieuw verstuurt.", "Реєстр зараз неможливо прочитати або оновити. Усе, що вже було збережено, залишається. Ви щойно надіслали зміну? Коли все знову запрацює, перевірте, чи її збережено, перш ніж надсилати її ще раз.", "The registry cannot be read or updated at the moment. What was saved before is kept. Did you just send a change? When it works again, check whether it was saved before you send it again."),
                    l.T("Probeer het over een paar minuten opnieuw. Blijft het zo? Neem dan contact op met de helpdesk en noem het kenmerk hieronder.", "Спробуйте ще раз за кілька хвилин. Якщо це триває, зверніться до служби підтримки й назвіть номер нижче.", "Please try again in a few minutes. If it stays this way, contact the helpdesk and quote the reference below."),
                ],
                [start], incident, incidentLabel),
            >= StatusCodes.Status500InternalServerError => new(
                l.T("Er ging iets mis", "Щось пішло не так", "Something went wrong"),
                [
                    l.T("Er ging bij ons iets mis. Dat ligt niet aan u. Probeer het later nog eens.", "На нашому боці сталася помилка. Ви нічого не зробили неправильно. Спробуйте пізніше.", "Something went wrong on our side. It is not your fault. Please try again later."),
                    l.T("Gebeurt het opnieuw? Neem dan contact op met de helpdesk en noem het kenmerk hieronder.", "Якщо це повториться, зверніться до служби підтримки й назвіть номер нижче.", "If it happens again, contact the helpdesk and quote the reference below."),
                ],
                [start], incident, incidentLabel),
            _ => new(
                l.T("Verzoek niet uitgevoerd", "Запит не виконано", "The request was not carried out"),
                [l.T($"Dit verzoek kan zo niet worden uitgevoerd (foutcode {Code(status)}).", $"Цей запит не можна виконати в такому вигляді (код помилки {Code(status)}).", $"This request cannot be carried out as it is (error code {Code(status)}).")],
                [start], null, incidentLabel),
        };
    }

    private static ErrorMessage Forbidden(LetterLanguage l, HttpContext? context, ErrorLink start, string incidentLabel)
    {
        var caller = context is null ? null : Caller.From(context.User);
        var title = l.T("Geen toegang", "Немає доступу", "No access");
        var outside = l.T("Deze pagina valt buiten uw rol of uw gemeente.", "Ця сторінка поза межами вашої ролі або вашого муніципалітету.", "This page is outside your role or your municipality.");
        return caller?.Role switch
        {
            Roles.CaseWorker => new(title,
                [outside, l.T("Hebt u deze pagina nodig voor uw werk? Vraag dan de beheerder van Overgang in uw gemeente om de toegang die daarbij hoort.", "Якщо ця сторінка потрібна вам для роботи, попросіть адміністратора Overgang у вашому муніципалітеті надати відповідний доступ.", "Do you need this page for your work? Then ask the Overgang administrator of your municipality for the access that goes with it.")],
                [start], null, incidentLabel),
            Roles.Ind => new(title,
                [outside, l.T("Hebt u deze pagina nodig voor uw werk? Vraag dan de beheerder van Overgang bij de IND om de toegang die daarbij hoort.", "Якщо ця сторінка потрібна вам для роботи, попросіть адміністратора Overgang в IND надати відповідний доступ.", "Do you need this page for your work? Then ask the Overgang administrator at the IND for the access that goes with it.")],
                [start], null, incidentLabel),
            Roles.Departure => new(title,
                [outside, l.T("Als medewerker van DTenV werkt u alleen met het terugkeerprogramma.", "Як працівник DTenV ви працюєте лише з програмою повернення.", "As a DTenV officer you work with the return programme only.")],
                [new("/return-programme", l.T("Naar het terugkeerprogramma", "До програми повернення", "To the return programme"))], null, incidentLabel),
            Roles.Analyst => new(title,
                [l.T("Als analist ziet u alleen totalen, nooit de gegevens van een persoon.", "Як аналітик ви бачите лише підсумкові дані, а не дані окремих осіб.", "As an analyst you see totals only, never a person's details."), l.T("Hebt u meer nodig voor uw werk? Vraag dan de beheerder van Overgang bij uw ministerie.", "Якщо для роботи вам потрібно більше, зверніться до адміністратора Overgang у вашому міністерстві.", "Do you need more for your work? Then ask the Overgang administrator at your ministry.")],
                [start], null, incidentLabel),
            Roles.Person => new(title,
                [l.T("Op deze pagina staan gegevens die niet over u gaan. Uw eigen gegevens vindt u bij Mijn situatie.", "На цій сторінці дані, які стосуються не вас. Свої дані ви знайдете в розділі «Моя ситуація».", "This page holds details that are not about you. Your own details are under My situation."), l.T("Klopt er iets niet in uw gegevens? Neem dan contact op met uw gemeente, of met de IND als het over uw verblijf gaat.", "Якщо у ваших даних щось не так, зверніться до свого муніципалітету, а якщо це стосується вашого перебування — до IND.", "Is something wrong in your details? Then contact your municipality, or the IND if it is about your residence.")],
                [new("/me", l.T("Naar Mijn situatie", "До розділу «Моя ситуація»", "To My situation"))], null, incidentLabel),
            Roles.Admin => new(title,
                [outside, l.T("Vraag een andere beheerder van Overgang om de toegang die daarbij hoort.", "Попросіть іншого адміністратора Overgang надати відповідний доступ.", "Ask another Overgang administrator for the access that goes with it.")],
                [start], null, incidentLabel),
            _ => new(title,
                [l.T("Voor deze pagina moet u ingelogd zijn met een account dat er toegang toe heeft.", "Щоб переглянути цю сторінку, увійдіть з обліковим записом, який має до неї доступ.", "To see this page, sign in with an account that has access to it.")],
                [new("/sign-in", l.T("Inloggen", "Увійти", "Sign in"))], null, incidentLabel),
        };
    }

    private static ErrorMessage NotFound(LetterLanguage l, PathString path, ErrorLink start, string incidentLabel)
    {
        var search = new ErrorLink("/households", l.T("Huishoudens zoeken", "Пошук домогосподарств", "Search households"));
        if (path.StartsWithSegments("/households", StringComparison.OrdinalIgnoreCase, out var household) && household.HasValue)
        {
            return new(l.T("Huishouden niet gevonden", "Домогосподарство не знайдено", "Household not found"),
                [l.T("Er is geen huishouden met dit nummer. Controleer het nummer, of zoek het huishouden op naam.", "Домогосподарства з таким номером немає. Перевірте номер або знайдіть домогосподарство за прізвищем.", "There is no household with this number. Check the number, or search for the household by name.")],
                [search], null, incidentLabel);
        }

        if (path.StartsWithSegments("/persons", StringComparison.OrdinalIgnoreCase, out var person) && person.HasValue)
        {
            return new(l.T("Persoon niet gevonden", "Особу не знайдено", "Person not found"),
                [l.T("Er is geen persoon met dit nummer. Controleer het nummer, of zoek de persoon op naam.", "Особи з таким номером немає. Перевірте номер або знайдіть особу за прізвищем.", "There is no person with this number. Check the number, or search for the person by name.")],
                [search], null, incidentLabel);
        }

        if (path.StartsWithSegments("/locations", StringComparison.OrdinalIgnoreCase, out var location) && location.HasValue)
        {
            return new(l.T("Locatie niet gevonden", "Місце розміщення не знайдено", "Location not found"),
                [l.T("Er is geen opvanglocatie met deze code. Kies een locatie uit de lijst.", "Місця розміщення з таким кодом немає. Виберіть місце розміщення зі списку.", "There is no reception location with this code. Choose a location from the list.")],
                [new("/locations", l.T("Naar de locaties", "До списку місць розміщення", "To the locations"))], null, incidentLabel);
        }

        return new(l.T("Pagina niet gevonden", "Сторінку не знайдено", "Page not found"),
            [l.T("Dit adres bestaat niet. Misschien is de link verouderd, of zit er een typfout in.", "Такої адреси немає. Можливо, посилання застаріло або в ньому помилка.", "This address does not exist. The link may be out of date, or mistyped.")],
            [start], null, incidentLabel);
    }

    /// <summary>When to try again, from the answer's Retry-After (seconds).</summary>
    private static string RetryAfter(LetterLanguage l, HttpContext? context)
    {
        if (context is null || !int.TryParse(context.Response.Headers.RetryAfter.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
        {
            return l.T("Wacht even en probeer het dan opnieuw.", "Зачекайте трохи й спробуйте ще раз.", "Wait a moment and try again.");
        }

        if (seconds < 60)
        {
            return l.T($"Probeer het over {seconds} {(seconds == 1 ? "seconde" : "seconden")} opnieuw.", $"Спробуйте ще раз через {seconds} с.", $"Try again in {seconds} {(seconds == 1 ? "second" : "seconds")}.");
        }

        var minutes = (seconds + 59) / 60;
        return l.T($"Probeer het over {minutes} {(minutes == 1 ? "minuut" : "minuten")} opnieuw.", $"Спробуйте ще раз через {minutes} хв.", $"Try again in {minutes} {(minutes == 1 ? "minute" : "minutes")}.");
    }

    private static string Code(int status) => status.ToString(CultureInfo.InvariantCulture);
}
