using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Overgang.Web.Cases;

namespace Overgang.Web.Api;

/// <summary>
/// Turns a service's <see cref="CaseResult{T}"/> into HTTP: 404 unknown, 403 outside the caller's scope, 400 naming the
/// field, 428 without If-Match, 412 on a stale version.
/// </summary>
internal static class CaseHttp
{
    public static Results<Ok<T>, ProblemHttpResult> Answer<T>(CaseResult<T> result) => result switch
    {
        CaseResult<T>.Ok ok => TypedResults.Ok(ok.Value),
        _ => Problem(result),
    };

    public static ProblemHttpResult Problem<T>(CaseResult<T> result) => result switch
    {
        CaseResult<T>.NotFound => Problems.NotFound("no such record"),
        CaseResult<T>.Refused => Problems.Forbidden("this record is outside your role or municipality"),
        CaseResult<T>.Invalid { All.Length: > 1 } invalid => Problems.BadInputs(invalid.Field, invalid.Message, [.. invalid.All.Select(e => (e.Field, e.Message))]),
        CaseResult<T>.Invalid invalid => Problems.BadInput(invalid.Field, invalid.Message),
        CaseResult<T>.VersionRequired => TypedResults.Problem(
            detail: "send the ETag of the record you read in If-Match", statusCode: StatusCodes.Status428PreconditionRequired, title: "Precondition required",
            extensions: new Dictionary<string, object?> { ["field"] = "If-Match" }),
        CaseResult<T>.Conflict conflict => TypedResults.Problem(
            detail: "the record changed since you read it; read it again and redo the change", statusCode: StatusCodes.Status412PreconditionFailed, title: "Changed by someone else",
            extensions: new Dictionary<string, object?> { ["field"] = "If-Match", ["currentETag"] = ETag(conflict.CurrentVersion) }),
        _ => throw new InvalidOperationException("not a problem: " + result.GetType().Name),
    };

    /// <summary>The ETag of a record version.</summary>
    public static string ETag(long version) => $"\"{version}\"";

    /// <summary>The version in an If-Match header (<c>"5"</c> or <c>W/"5"</c>); <c>null</c> when absent; -1 when unreadable (never a version).</summary>
    public static long? IfMatch(HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString().Trim();
        if (value.Length == 0)
        {
            return null;
        }

        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return long.TryParse(value.Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version) ? version : -1;
    }
}
