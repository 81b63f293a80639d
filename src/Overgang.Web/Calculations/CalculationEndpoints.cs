using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Overgang.Contracts;
using Overgang.Rules.Parameters;
using Overgang.Web.Api;
using Overgang.Web.Security;

namespace Overgang.Web.Calculations;

/// <summary>
/// <c>POST /api/v1/calc</c> and <c>POST /api/v1/decide</c>: the command line's JSON contract (docs/contracts/cli-json.md)
/// over HTTP, through the same reader and writer (<see cref="ContractJson"/>): the same body gives the same document.
/// A refused document is a 400 problem naming the field (and the parameter, when one is unknown on the date).
/// </summary>
internal static class CalculationEndpoints
{
    private const long MaxBodyBytes = 4 * 1024 * 1024;

    public static void Map(RouteGroupBuilder api)
    {
        var rules = api.MapGroup("").WithTags("rules");
        rules.MapPost("/calc", (HttpRequest request, ParameterTree parameters, CancellationToken cancellationToken) => AnswerAsync(request, text => ContractJson.Calc(text, parameters), cancellationToken))
            .RequireAuthorization(AccessPolicies.SignedIn).Accepts<System.Text.Json.JsonElement>("application/json")
            .WithSummary("Living allowance and own contribution per household: the body and answer of 'overgang calc'. No registry data is read.");
        rules.MapPost("/decide", (HttpRequest request, ParameterTree parameters, CancellationToken cancellationToken) => AnswerAsync(request, text => ContractJson.Decide(text, parameters), cancellationToken))
            .RequireAuthorization(AccessPolicies.SignedIn).Accepts<System.Text.Json.JsonElement>("application/json")
            .WithSummary("Transition path per person: the body and answer of 'overgang decide'. No registry data is read.");
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> AnswerAsync(HttpRequest request, Func<string, ContractAnswer> answer, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return Problems.BadInput("$", $"the document is larger than {MaxBodyBytes} bytes");
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        return answer(text) switch
        {
            ContractAnswer.Answered answered => TypedResults.Text(answered.Json, "application/json", System.Text.Encoding.UTF8),
            ContractAnswer.Refused refused => TypedResults.Problem(
                detail: refused.Error.Message,
                statusCode: StatusCodes.Status400BadRequest,
                title: "The request is not valid",
                extensions: refused.Error.Parameter is null
                    ? new Dictionary<string, object?> { ["field"] = refused.Error.Field }
                    : new Dictionary<string, object?> { ["field"] = refused.Error.Field, ["parameter"] = refused.Error.Parameter }),
            _ => throw new InvalidOperationException("unknown contract answer"),
        };
    }
}
