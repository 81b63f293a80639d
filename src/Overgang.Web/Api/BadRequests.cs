using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Overgang.Web.Api;

/// <summary>
/// A request the framework could not bind (a query value that is not a number, a body that is not JSON of the right
/// shape, a body over the size limit) becomes the same problem details as any bad field: 400 (or 413) naming the field.
/// Minimal APIs throw <see cref="BadHttpRequestException"/> for these (<c>ThrowOnBadRequest</c>), and this is the one
/// place that turns it into an answer.
/// </summary>
internal sealed partial class BadRequests : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted)
        {
            return false;
        }

        var (field, message) = Describe(bad);
        var status = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
        httpContext.Response.StatusCode = status;
        var problem = status == StatusCodes.Status400BadRequest
            ? Problems.BadInput(field, message)
            : TypedResults.Problem(detail: $"{field}: {message}", statusCode: status, title: "The request is too large", extensions: new Dictionary<string, object?> { ["field"] = field });
        await problem.ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }

    /// <summary>The field a binding failure is about, and what is wrong, in the API's words.</summary>
    internal static (string Field, string Message) Describe(BadHttpRequestException exception)
    {
        if (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ("body", "larger than this endpoint accepts");
        }

        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is JsonException json)
            {
                return (FieldOf(json.Path), "not valid here: " + (json.Path is { Length: > 0 } path ? "the value at " + path : "the body must be a JSON object"));
            }
        }

        if (exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            return ("body", "a JSON object is required");
        }

        if (ParameterName().Match(exception.Message) is { Success: true } match)
        {
            return (match.Groups["name"].Value, "not a valid value" + (match.Groups["value"].Success ? ": '" + Shorten(match.Groups["value"].Value) + "'" : ""));
        }

        return ("body", exception.Message);
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "...";

    /// <summary><c>$.incomes[0].amount</c> → <c>incomes[0].amount</c>; the body itself is <c>body</c>.</summary>
    internal static string FieldOf(string? path) =>
        path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..]
        : path is { Length: > 1 } q && q.StartsWith("$[", StringComparison.Ordinal) ? q[1..]
        : "body";

    // "Failed to bind parameter "int? page" from "abc"." and "Required parameter "string id" was not provided from query string."
    [GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"(?: from \"(?<value>[^\"]*)\")?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ParameterName();
}
