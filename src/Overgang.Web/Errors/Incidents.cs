using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Overgang.Registry;

namespace Overgang.Web.Errors;

/// <summary>
/// Writes every unhandled exception to the log with its incident reference (<see cref="ErrorPages.Incident"/>), the
/// request's method and path (never its query or body, which may hold names), and leaves the answer to the problem
/// details service: a page for a browser, problem details for the API. The page shows the reference, never the
/// exception. A registry that cannot be reached, read or written (<see cref="RegistryFault"/>: a PostgreSQL server that
/// is down, a full disk) is the storage's condition, not a defect: 503 with <c>Retry-After</c>, and the page says to try
/// again in a few minutes (<see cref="StatusOf"/>).
/// </summary>
internal sealed partial class Incidents(ILogger<Incidents> logger) : IExceptionHandler
{
    /// <summary>How long a client is asked to wait before it tries again when the registry is unavailable.</summary>
    public const int RetryAfterSeconds = 60;

    /// <summary>The status of the answer to an unhandled exception: 503 for a <see cref="RegistryFault"/>, else 500.</summary>
    public static int StatusOf(Exception exception) =>
        RegistryFaults.Of(exception) is null ? StatusCodes.Status500InternalServerError : StatusCodes.Status503ServiceUnavailable;

    /// <summary>The registry fault an error answer is for (set by the handler, read by the error page), else <c>null</c>.</summary>
    public static RegistryFault? FaultOf(HttpContext? context) =>
        context?.Items.TryGetValue(typeof(RegistryFault), out var fault) == true ? fault as RegistryFault? : null;

    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var incident = ErrorPages.Incident(httpContext);
        var path = httpContext.Request.Path.Value ?? "";
        if (RegistryFaults.Of(exception) is { } fault)
        {
            httpContext.Items[typeof(RegistryFault)] = fault;
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Unavailable(logger, exception, incident, httpContext.Request.Method, path, fault);
        }
        else
        {
            Failed(logger, exception, incident, httpContext.Request.Method, path);
        }

        return ValueTask.FromResult(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "incident {Incident}: {Method} {Path} failed")]
    private static partial void Failed(ILogger logger, Exception exception, string incident, string method, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "incident {Incident}: {Method} {Path} failed: the registry is unavailable ({Fault})")]
    private static partial void Unavailable(ILogger logger, Exception exception, string incident, string method, string path, RegistryFault fault);
}
