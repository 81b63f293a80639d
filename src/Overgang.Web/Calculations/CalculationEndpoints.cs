using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Overgang.Contracts;
using Overgang.Rules.Parameters;
using Overgang.Web.Api;
using Overgang.Web.Hosting;

namespace Overgang.Web.Calculations;

/// <summary>
/// <c>POST /api/v1/calc</c> and <c>POST /api/v1/decide</c>: the command line's JSON contract (docs/contracts/cli-json.md)
/// over HTTP, through the same reader and writer (<see cref="ContractJson"/>): the same body gives the same document.
/// A refused document is a 400 problem naming the field (and the parameter, when one is unknown on the date).
/// Open to callers without an account (they read no personal data), limited per account or else per client address
/// (<see cref="RateLimits"/>); the document and the answer are neither stored nor logged, only counted
/// (<see cref="CalculationCounts"/>).
/// </summary>
internal static class CalculationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var rules = api.MapGroup("").WithTags("rules");
        rules.MapPost("/calc", (HttpRequest request, ParameterTree parameters, WebSettings settings, CancellationToken cancellationToken) => AnswerAsync(request, settings.Limits, "calc", text => ContractJson.Calc(text, parameters), cancellationToken))
            .AllowAnonymous().Accepts<JsonElement>("application/json").WithMetadata(RateLimits.Calculation.Instance)
            .WithSummary("Living allowance and own contribution per household: the body and answer of 'overgang calc'. Open without sign-in; no registry data is read and nothing is stored. At most 1,000 persons and 512 KiB per request; 429 with Retry-After beyond 30 requests a minute per account, or per client address without an account.");
        rules.MapPost("/decide", (HttpRequest request, ParameterTree parameters, WebSettings settings, CancellationToken cancellationToken) => AnswerAsync(request, settings.Limits, "decide", text => ContractJson.Decide(text, parameters), cancellationToken))
            .AllowAnonymous().Accepts<JsonElement>("application/json").WithMetadata(RateLimits.Calculation.Instance)
            .WithSummary("Transition path per person: the body and answer of 'overgang decide'. Open without sign-in; no registry data is read and nothing is stored. At most 1,000 persons and 512 KiB per request; 429 with Retry-After beyond 30 requests a minute per account, or per client address without an account.");
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> AnswerAsync(HttpRequest request, WebLimits limits, string operation, Func<string, ContractAnswer> answer, CancellationToken cancellationToken)
    {
        var result = await AnswerAsync(request, limits, answer, cancellationToken).ConfigureAwait(false);
        CalculationCounts.Add(operation, "api", result.Result is ContentHttpResult);
        return result;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> AnswerAsync(HttpRequest request, WebLimits limits, Func<string, ContractAnswer> answer, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limits.MaxCalculationBodyBytes)
        {
            return Problems.BadInput("$", $"the document is larger than {limits.MaxCalculationBodyBytes} bytes");
        }

        // The same limit for a body without a length (chunked): reading past it throws, answered as 413 naming the body.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limits.MaxCalculationBodyBytes;
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        if (Persons(text) > limits.MaxPersonsPerCalculation)
        {
            return Problems.BadInput("persons", $"at most {limits.MaxPersonsPerCalculation} persons per request; a larger population belongs in a batch run");
        }

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

    /// <summary>The length of the document's <c>persons</c> array, counted before anything is calculated; 0 when there is none or the document is not JSON (the contract reader names that).</summary>
    private static int Persons(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("persons", out var persons)
                && persons.ValueKind == JsonValueKind.Array
                    ? persons.GetArrayLength()
                    : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }
}
