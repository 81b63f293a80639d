using Microsoft.EntityFrameworkCore;
using Overgang.Letters;
using Overgang.Registry;
using Overgang.Rules.Parameters;
using Overgang.Web.Audit;
using Overgang.Web.Security;
using Overgang.Web.SelfService;

namespace Overgang.Web.Households;

/// <summary>
/// A member's decision letter for case work: composed from the stored decision as the person's own letter is
/// (<see cref="OwnLetter"/>), as HTML or PDF in one language, scoped like the household (the caller must be able to read
/// every member) and written to the audit log as a read before it leaves the server.
/// </summary>
internal static class CaseLetter
{
    /// <summary>Composes and renders the letter of <paramref name="personId"/> in household <paramref name="householdId"/>.</summary>
    public static async Task<LetterDownload.Outcome> ProduceAsync(RegistryContext context, ParameterTree parameters, AccessLog log, Caller caller, string householdId, string personId,
        LetterLanguage language, bool pdf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var members = await context.Persons.AsNoTracking().Where(p => p.HouseholdId == householdId).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (members.Find(m => m.Id == personId) is not { } person)
        {
            return new LetterDownload.Outcome.NoLetter();
        }

        if (!caller.SeesPersonalData || caller.Role == Roles.Person || !members.TrueForAll(m => caller.MayRead(m.Id, m.MunicipalityCode)))
        {
            return new LetterDownload.Outcome.Refused();
        }

        if (await OwnLetter.ComposeAsync(context, parameters, person, language, cancellationToken).ConfigureAwait(false) is not { } own)
        {
            return new LetterDownload.Outcome.NoLetter();
        }

        var code = LetterDates.Code(language);
        var name = $"besluit-{own.Letter.Facts.CaseNumber}-{code}";
        LetterDownload.Outcome result;
        if (!pdf)
        {
            result = new LetterDownload.Outcome.File(System.Text.Encoding.UTF8.GetBytes(HtmlLetterRenderer.Render(own.Letter)), "text/html; charset=utf-8", name + ".html");
        }
        else if (ChromiumPdfRenderer.FindChromium() is not { } chromium)
        {
            return new LetterDownload.Outcome.NoPdf("chromium-missing");
        }
        else
        {
            try
            {
                result = new LetterDownload.Outcome.File(await Task.Run(() => ChromiumPdfRenderer.Render(own.Letter, chromium), cancellationToken).ConfigureAwait(false), "application/pdf", name + ".pdf");
            }
            catch (InvalidOperationException)
            {
                return new LetterDownload.Outcome.NoPdf("chromium-failed");
            }
        }

        await log.ReadAsync(context, caller, $"decision letter ({(pdf ? "pdf" : "html")}, {code}) in household {householdId}", [personId], cancellationToken).ConfigureAwait(false);
        return result;
    }
}
