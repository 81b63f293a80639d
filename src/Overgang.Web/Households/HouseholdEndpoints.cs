using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NodaTime.Text;
using Overgang.Letters;
using Overgang.Registry;
using Overgang.Rules.Parameters;
using Overgang.Web.Api;
using Overgang.Web.Audit;
using Overgang.Web.Languages;
using Overgang.Web.SelfService;
using Overgang.Web.Security;

namespace Overgang.Web.Households;

/// <summary><c>/api/v1/households</c>: a household with its allowance (live and stored), decisions, tasks and history.</summary>
internal static class HouseholdEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var households = api.MapGroup("/households").WithTags("households");
        households.MapGet("/{id}", ReadAsync).RequireAuthorization(AccessPolicies.Staff)
            .WithSummary("A household's case file: summary (paths, next deadline, the month's money, open tasks, flags), members, placement, income, the allowance and contribution of a month (?month=YYYY-MM, default this month) calculated now with its explanation, the last run's payment, the payment history, decisions, tasks de-duplicated over the members, information, and the history of changes; who viewed it only with ?reads=true. Audited.");
    }

    /// <summary>Maps the page route <c>/households/{id}/letters/{personId}?letter=nl|uk|en&amp;format=pdf|html</c> (a file download, so not a Razor page).</summary>
    public static void MapPages(IEndpointRouteBuilder app) =>
        app.MapGet("/households/{id}/letters/{personId}", LetterAsync).RequireAuthorization(AccessPolicies.Staff).ExcludeFromDescription();

    private static async Task<IResult> LetterAsync(HttpContext http, RegistryContext context, ParameterTree parameters, AccessLog log, string id, string personId, string? letter, string? format, CancellationToken cancellationToken)
    {
        var page = LanguageSelection.Current(http);
        LetterLanguage? language = letter switch
        {
            null or "" => page,
            "nl" => LetterLanguage.Dutch,
            "uk" => LetterLanguage.Ukrainian,
            "en" => LetterLanguage.English,
            _ => null,
        };
        if (language is not { } chosen || format is not (null or "pdf" or "html"))
        {
            return Problems.BadInput(language is null ? "letter" : "format", language is null ? "letter must be nl, uk or en" : "format must be pdf or html");
        }

        var caller = Caller.From(http.User);
        if (caller is null)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var outcome = await CaseLetter.ProduceAsync(context, parameters, log, caller, id, personId, chosen, format != "html", cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            LetterDownload.Outcome.File file => file.ContentType.StartsWith("text/html", StringComparison.Ordinal)
                ? Results.File(file.Content, file.ContentType)
                : Results.File(file.Content, file.ContentType, file.FileName),
            LetterDownload.Outcome.NoLetter => Problems.NotFound("there is no stored decision for this member of this household"),
            LetterDownload.Outcome.NoPdf => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF not available",
                detail: "this server cannot print PDF (Chromium is missing or failed); ask for format=html"),
            _ => Problems.Forbidden("this household is outside your role or municipality"),
        };
    }

    private static async Task<Results<Ok<HouseholdView>, ProblemHttpResult>> ReadAsync(HttpContext http, HouseholdService service, string id, string? month, bool? reads, CancellationToken cancellationToken)
    {
        NodaTime.YearMonth? theMonth = null;
        if (!string.IsNullOrEmpty(month))
        {
            var parsed = YearMonthPattern.Iso.Parse(month);
            if (!parsed.Success)
            {
                return Problems.BadInput("month", "month must be YYYY-MM");
            }

            theMonth = parsed.Value;
        }

        return CaseHttp.Answer(await service.ReadAsync(Caller.From(http.User)!, id, theMonth, cancellationToken, reads == true).ConfigureAwait(false));
    }
}
