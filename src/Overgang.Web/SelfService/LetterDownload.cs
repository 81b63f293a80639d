using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Overgang.Letters;
using Overgang.Registry;
using Overgang.Rules.Parameters;
using Overgang.Web.Audit;
using Overgang.Web.Languages;
using Overgang.Web.Security;

namespace Overgang.Web.SelfService;

/// <summary>
/// The person's own decision letter as PDF (printed by Chromium) or as an HTML page, in the language asked for, composed
/// from the stored decision. Every download is written to the audit log before the letter leaves the server.
/// </summary>
internal static class LetterDownload
{
    /// <summary>What a download gives: the letter, or why not.</summary>
    public abstract record Outcome
    {
        private Outcome()
        {
        }

        /// <summary>The letter's bytes.</summary>
        public sealed record File(byte[] Content, string ContentType, string FileName) : Outcome;

        /// <summary>No stored decision to write a letter about.</summary>
        public sealed record NoLetter : Outcome;

        /// <summary>The PDF cannot be printed on this server (no Chromium, or it failed).</summary>
        public sealed record NoPdf(string Reason) : Outcome;

        /// <summary>The caller is not a displaced person with a record.</summary>
        public sealed record Refused : Outcome;
    }

    /// <summary>Composes and renders the caller's own letter.</summary>
    public static async Task<Outcome> ProduceAsync(RegistryContext context, ParameterTree parameters, AccessLog log, Caller caller, LetterLanguage language, bool pdf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role != Roles.Person || caller.PersonId is not { } personId)
        {
            return new Outcome.Refused();
        }

        var person = await context.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken).ConfigureAwait(false);
        if (person is null || await OwnLetter.ComposeAsync(context, parameters, person, language, cancellationToken).ConfigureAwait(false) is not { } own)
        {
            return new Outcome.NoLetter();
        }

        var code = LetterDates.Code(language);
        var name = $"besluit-{own.Letter.Facts.CaseNumber}-{code}";
        Outcome result;
        if (!pdf)
        {
            result = new Outcome.File(System.Text.Encoding.UTF8.GetBytes(HtmlLetterRenderer.Render(own.Letter)), "text/html; charset=utf-8", name + ".html");
        }
        else if (ChromiumPdfRenderer.FindChromium() is not { } chromium)
        {
            return new Outcome.NoPdf("chromium-missing");
        }
        else
        {
            try
            {
                result = new Outcome.File(await Task.Run(() => ChromiumPdfRenderer.Render(own.Letter, chromium), cancellationToken).ConfigureAwait(false), "application/pdf", name + ".pdf");
            }
            catch (InvalidOperationException)
            {
                return new Outcome.NoPdf("chromium-failed");
            }
        }

        await log.WriteAsync(context, caller, "person.letter", $"decision letter ({(pdf ? "pdf" : "html")}, {code})", [personId], cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>The page route's answer: the file, or a short page in the person's language saying why not.</summary>
    public static IResult ToPageResult(Outcome outcome, LetterLanguage language) => outcome switch
    {
        Outcome.File file => file.ContentType.StartsWith("text/html", StringComparison.Ordinal)
            ? Results.File(file.Content, file.ContentType)
            : Results.File(file.Content, file.ContentType, file.FileName),
        Outcome.NoLetter => Message(StatusCodes.Status404NotFound, language,
            language.T("Er is nog geen besluit", "Рішення ще немає", "There is no decision yet"),
            language.T("Er is nog geen besluit over u, dus ook nog geen brief.", "Рішення щодо вас ще не ухвалено, тому листа ще немає.", "No decision has been made about you yet, so there is no letter yet.")),
        Outcome.NoPdf => Message(StatusCodes.Status503ServiceUnavailable, language,
            language.T("De PDF kan nu niet worden gemaakt", "PDF зараз неможливо створити", "The PDF cannot be made right now"),
            language.T("Op deze server kan de brief nu niet als PDF worden gemaakt. U kunt de brief wel als webpagina bekijken en afdrukken.",
                "На цьому сервері зараз неможливо створити лист у форматі PDF. Ви можете переглянути лист як вебсторінку й роздрукувати його.",
                "This server cannot make the letter as a PDF right now. You can view the letter as a web page and print it."), htmlLink: true),
        _ => Results.StatusCode(StatusCodes.Status403Forbidden),
    };

    private static IResult Message(int status, LetterLanguage language, string title, string text, bool htmlLink = false)
    {
        var code = LetterDates.Code(language);
        var link = htmlLink
            ? $"""<p><a href="/me/letter?lang={code}&amp;format=html">{WebUtility.HtmlEncode(language.T("Brief als webpagina bekijken", "Переглянути лист як вебсторінку", "View the letter as a web page"))}</a></p>"""
            : "";
        var html = $"""
            <!DOCTYPE html>
            <html lang="{code}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{WebUtility.HtmlEncode(title)} – Overgang</title></head>
            <body>
            <main>
            <h1>{WebUtility.HtmlEncode(title)}</h1>
            <p>{WebUtility.HtmlEncode(text)}</p>
            {link}
            <p><a href="/me?lang={code}">{WebUtility.HtmlEncode(language.T("Terug naar mijn situatie", "Назад до моєї ситуації", "Back to my situation"))}</a></p>
            </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }
}
