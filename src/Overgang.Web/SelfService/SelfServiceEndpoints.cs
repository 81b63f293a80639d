using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using Overgang.Registry;
using Overgang.Rules.Parameters;
using Overgang.Web.Api;
using Overgang.Web.Cases;
using Overgang.Web.Audit;
using Overgang.Web.Languages;
using Overgang.Web.Security;

namespace Overgang.Web.SelfService;

/// <summary>
/// <c>GET /api/v1/me</c>: a displaced person's own record, and <c>GET /api/v1/me/letter</c> and <c>GET /me/letter</c>:
/// their decision letter (policy <see cref="AccessPolicies.OwnRecord"/>).
/// </summary>
internal static class SelfServiceEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/me", ReadAsync).RequireAuthorization(AccessPolicies.OwnRecord).WithTags("self-service")
            .WithSummary("The caller's own record: path, decision, tasks and this month's allowance (displaced persons only; audited).");
        api.MapGet("/me/letter", LetterApiAsync).RequireAuthorization(AccessPolicies.OwnRecord).WithTags("self-service")
            .WithSummary("The caller's decision letter from the stored decision, as PDF (format=pdf, the default) or HTML (format=html), in lang=nl|uk|en (displaced persons only; audited). 503 when this server cannot print PDF.");
    }

    /// <summary>Maps the page route <c>/me/letter?lang=&amp;format=</c> (a file download, so not a Razor page).</summary>
    public static void MapPages(IEndpointRouteBuilder app) =>
        app.MapGet("/me/letter", LetterPageAsync).RequireAuthorization(AccessPolicies.OwnRecord).ExcludeFromDescription();

    private static async Task<Results<Ok<OwnRecordResponse>, ProblemHttpResult>> ReadAsync(HttpContext http, RegistryContext context, ParameterTree parameters, AccessLog log, IClock clock, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        if (caller?.PersonId is not { } personId)
        {
            return Problems.Forbidden("only a displaced person has an own record");
        }

        var record = await OwnRecordReader.ReadAsync(context, parameters, personId, CaseClock.Today(clock), cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return Problems.NotFound("your record is not in the registry");
        }

        await log.ReadAsync(context, caller, "own record (api)", [personId], cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(record);
    }

    private static async Task<IResult> LetterApiAsync(HttpContext http, RegistryContext context, ParameterTree parameters, AccessLog log, string? format, CancellationToken cancellationToken)
    {
        if (format is not (null or "pdf" or "html"))
        {
            return Problems.BadInput("format", "format must be pdf or html");
        }

        var caller = Caller.From(http.User);
        if (caller is null)
        {
            return Problems.Forbidden("only a displaced person has a decision letter");
        }

        return await LetterDownload.ProduceAsync(context, parameters, log, caller, LanguageSelection.Current(http), format != "html", cancellationToken).ConfigureAwait(false) switch
        {
            LetterDownload.Outcome.File file => file.ContentType.StartsWith("text/html", StringComparison.Ordinal)
                ? TypedResults.File(file.Content, file.ContentType)
                : TypedResults.File(file.Content, file.ContentType, file.FileName),
            LetterDownload.Outcome.NoLetter => Problems.NotFound("there is no stored decision to write a letter about"),
            LetterDownload.Outcome.NoPdf => TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF not available",
                detail: "this server cannot print PDF (Chromium is missing or failed); ask for format=html"),
            _ => Problems.Forbidden("only a displaced person has a decision letter"),
        };
    }

    private static async Task<IResult> LetterPageAsync(HttpContext http, RegistryContext context, ParameterTree parameters, AccessLog log, string? format, CancellationToken cancellationToken)
    {
        var language = LanguageSelection.Current(http);
        var caller = Caller.From(http.User);
        if (caller is null)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var outcome = await LetterDownload.ProduceAsync(context, parameters, log, caller, language, format != "html", cancellationToken).ConfigureAwait(false);
        return LetterDownload.ToPageResult(outcome, language);
    }
}
