using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Overgang.Web.Api;

/// <summary>Problem details the endpoints return: every bad-input problem names the field.</summary>
internal static class Problems
{
    /// <summary>400 naming the field that is wrong and why.</summary>
    public static ProblemHttpResult BadInput(string field, string message) =>
        TypedResults.Problem(
            detail: $"{field}: {message}",
            statusCode: StatusCodes.Status400BadRequest,
            title: "The request is not valid",
            extensions: new Dictionary<string, object?> { ["field"] = field });

    /// <summary>400 naming the first field, and every field with a problem under <c>errors</c> (field and message each).</summary>
    public static ProblemHttpResult BadInputs(string field, string message, IReadOnlyList<(string Field, string Message)> all) =>
        TypedResults.Problem(
            detail: $"{field}: {message}",
            statusCode: StatusCodes.Status400BadRequest,
            title: "The request is not valid",
            extensions: new Dictionary<string, object?>
            {
                ["field"] = field,
                ["errors"] = all.Select(e => new Dictionary<string, string>(StringComparer.Ordinal) { ["field"] = e.Field, ["message"] = e.Message }).ToList(),
            });

    /// <summary>400 naming the field, and the parameter that is unknown on the date the field gave.</summary>
    public static ProblemHttpResult BadInput(string field, string message, string? parameter) =>
        parameter is null
            ? BadInput(field, message)
            : TypedResults.Problem(
                detail: $"{field}: {message}",
                statusCode: StatusCodes.Status400BadRequest,
                title: "The request is not valid",
                extensions: new Dictionary<string, object?> { ["field"] = field, ["parameter"] = parameter });

    /// <summary>403: the caller's role or scope does not include this.</summary>
    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden, title: "Outside your scope");

    /// <summary>404 for something that does not exist, or that the caller may not know exists.</summary>
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>429: too many requests, or a locked account; the caller sets Retry-After.</summary>
    public static ProblemHttpResult TooMany(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests");
}
