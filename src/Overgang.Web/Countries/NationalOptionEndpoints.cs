using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Overgang.Letters;
using Overgang.Web.Api;
using Overgang.Web.Components.Shared;
using Overgang.Web.Languages;
using Overgang.Web.Security;

namespace Overgang.Web.Countries;

/// <summary><c>/api/v1/persons/{id}/national-options</c>: the national options of the member states where a person has protection, checked against their registrations.</summary>
internal static class NationalOptionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/persons/{id}/national-options", ReadAsync).WithTags("persons").RequireAuthorization(AccessPolicies.SignedIn)
            .WithSummary("The post-protection options of the member states where the person has or had protection, each checked against the person's registrations on today's date: eligible, not-eligible (naming the unmet condition), unknown (naming the missing fact or the value the sources do not give) or decided-by-transition (a Dutch option: see the decision). Texts in lang (nl, uk, en) or the reader's language. Staff within scope, or the person themselves; audited.");
    }

    private static async Task<Results<Ok<NationalOptionsView>, ProblemHttpResult>> ReadAsync(HttpContext http, NationalOptionService service, string id, string? lang, CancellationToken cancellationToken)
    {
        LetterLanguage? language = lang switch
        {
            null => LanguageSelection.Current(http),
            "nl" => LetterLanguage.Dutch,
            "uk" => LetterLanguage.Ukrainian,
            "en" => LetterLanguage.English,
            _ => null,
        };
        if (language is not { } chosen)
        {
            return Problems.BadInput("lang", "lang must be nl, uk or en");
        }

        return CaseHttp.Answer(await service.ReadAsync(Caller.From(http.User)!, id, chosen.ToRules(), cancellationToken).ConfigureAwait(false));
    }
}
