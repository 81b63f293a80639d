using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Overgang.Web.Errors;

/// <summary>
/// Writes every unhandled exception to the log with its incident reference (<see cref="ErrorPages.Incident"/>), the
/// request's method and path (never its query or body, which may hold names), and leaves the answer to the problem
/// details service: a page for a browser, problem details for the API. The page shows the reference, never the
/// exception.
/// </summary>
internal sealed partial class Incidents(ILogger<Incidents> logger) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        Failed(logger, exception, ErrorPages.Incident(httpContext), httpContext.Request.Method, httpContext.Request.Path.Value ?? "");
        return ValueTask.FromResult(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "incident {Incident}: {Method} {Path} failed")]
    private static partial void Failed(ILogger logger, Exception exception, string incident, string method, string path);
}
